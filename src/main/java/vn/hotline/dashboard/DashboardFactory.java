package vn.hotline.dashboard;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.Executors;
import vn.hotline.config.BotConfig;
import vn.hotline.config.Outlines;
import vn.hotline.report.StatsBook;
import vn.hotline.ticket.Tickets;

/**
 * Wires the dashboard: its figures come from the statistics read model, its map from the config.
 */
@Factory
class DashboardFactory {

  @Singleton
  DashboardService dashboardService(
      StatsBook statistics, BotConfig config, Tickets tickets, Clock clock) {
    // The queries of one page run side by side: each scans the period once, on its own core.
    return new DashboardService(
        statistics,
        config.units(),
        tickets,
        config.sla().zone(),
        clock,
        Executors.newVirtualThreadPerTaskExecutor());
  }

  @Singleton
  DistrictMap districtMap(BotConfig config) {
    return new DistrictMap(Outlines.read(config.dir()));
  }

  @Singleton
  DashboardAccess dashboardAccess(BotConfig config) {
    return new DashboardAccess(config.units());
  }
}
