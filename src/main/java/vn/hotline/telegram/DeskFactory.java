package vn.hotline.telegram;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import vn.hotline.access.KeyRing;
import vn.hotline.config.BotConfig;
import vn.hotline.desk.Desk;
import vn.hotline.desk.DeskRoster;
import vn.hotline.desk.Prompts;
import vn.hotline.desk.ReportFiles;
import vn.hotline.intake.CitizenNotices;
import vn.hotline.notify.OutboxQueue;
import vn.hotline.report.Statistics;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.WatchedTickets;

/**
 * Wires the desk. It starts with the service, before any ticket is filed, so that every new ticket
 * gets its card; SIGHUP reloads the roster and the API keys, as {@code /reload} does.
 */
@Factory
class DeskFactory {
  private static final Logger LOG = LoggerFactory.getLogger(DeskFactory.class);

  /**
   * The roster in force. Its reload also reloads the API keys, so that one {@code /reload} or
   * SIGHUP puts every edit of the people and keys files in force; a broken file in either leaves
   * both as they were (the roster is read first, and kept only if the keys load too).
   */
  @Singleton
  DeskRoster deskRoster(BotConfig config, KeyRing keys) {
    return new DeskRoster(
        config.roster(),
        () -> {
          var roster = BotConfig.reloadRoster(config.dir(), config.units());
          keys.reload();
          return roster;
        });
  }

  @Context
  Desk desk(
      BotConfig config,
      DeskRoster roster,
      WatchedTickets tickets,
      TicketChanges changes,
      OutboxQueue outbox,
      CitizenNotices notices,
      Prompts prompts,
      Statistics statistics,
      @Value("${hotline.desk.cluster-edit-gap:15s}") Duration clusterEditGap,
      Clock clock) {
    Desk desk =
        Desk.open(
            new Desk.Parts(
                config.units(),
                config.categories(),
                config.sla().zone(),
                config.messages(),
                roster,
                tickets,
                changes,
                outbox,
                notices,
                prompts,
                statistics,
                ReportFiles.from(config.dir()),
                clusterEditGap,
                clock));
    reloadOnHangUp(desk);
    return desk;
  }

  private static void reloadOnHangUp(Desk desk) {
    try {
      Signal.handle(
          new Signal("HUP"),
          signal -> {
            try {
              LOG.info("roster reloaded on SIGHUP officers={}", desk.reloadRoster().all().size());
            } catch (RuntimeException e) {
              LOG.error("roster not reloaded, the old one stays: {}", e.getMessage());
            }
          });
    } catch (IllegalArgumentException e) {
      LOG.warn("no SIGHUP on this platform; use /reload: {}", e.getMessage());
    }
  }
}
