package vn.hotline.webdesk;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import vn.hotline.category.Categories;
import vn.hotline.config.BotConfig;
import vn.hotline.unit.UnitTree;

/** Wires the queue page: the open tickets it lists and how it words them. */
@Factory
class QueueFactory {

  @Singleton
  OpenTickets openTickets(UnitTree units) {
    return new OpenTickets(units);
  }

  @Singleton
  QueueScreen queueScreen(BotConfig config, UnitTree units, Categories categories) {
    return new QueueScreen(
        units, categories, new QueueRows(units, categories, config.sla().zone()));
  }
}
