package vn.hotline.supervision;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import vn.hotline.category.Categories;
import vn.hotline.config.BotConfig;
import vn.hotline.config.ReportsFile;
import vn.hotline.desk.Desk;
import vn.hotline.report.StatsBook;
import vn.hotline.sla.DueTimes;
import vn.hotline.sla.SlaClock;
import vn.hotline.sla.SlaLadder;
import vn.hotline.store.MongoStore;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.TicketFeed;
import vn.hotline.ticket.WatchedTickets;
import vn.hotline.unit.UnitTree;

/**
 * Wires what supervisors rely on: the statistics read model, the SLA clock and the scheduled
 * reports, all fed by one reading of the tickets at start-up and every save after it.
 */
@Factory
class SupervisionFactory {

  @Singleton
  StatsBook statistics(BotConfig config, Clock clock) {
    return new StatsBook(config.units(), config.categories(), config.sla().zone(), clock);
  }

  @Singleton
  TicketFeed ticketFeed(WatchedTickets tickets) {
    return new TicketFeed(tickets);
  }

  @Context
  @Bean(preDestroy = "close")
  Supervision supervision(
      BotConfig config,
      UnitTree units,
      Categories categories,
      MongoStore store,
      TicketFeed feed,
      StatsBook statistics,
      TicketChanges changes,
      Desk desk,
      Clock clock,
      @Value("${hotline.sla.tick:1s}") Duration tick,
      @Value("${hotline.reports.every:30s}") Duration reportsEvery,
      @Value("${hotline.feed.poll:2s}") Duration poll) {
    SlaLadder ladder = new SlaLadder(config.sla(), units);
    DueTimes due = new DueTimes(ladder);
    SlaClock slaClock = new SlaClock(ladder, due, changes, desk.slaAlerts(), clock);
    feed.feed(statistics::update);
    feed.feed(due::track);
    feed.start(clock.instant());
    var reports =
        desk.scheduledReports(
            ReportsFile.read(config.dir(), config.sla().zone()),
            store.installedAt(clock.instant()));
    return Supervision.start(
        new Supervision.Jobs(
            slaClock::tick,
            tick,
            reports::run,
            reportsEvery,
            store.isEmbedded() ? null : feed::poll,
            poll));
  }
}
