package vn.hotline.desk;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import vn.hotline.access.KeyRing;
import vn.hotline.config.BotConfig;
import vn.hotline.intake.CitizenNotices;
import vn.hotline.intake.Inbound;
import vn.hotline.intake.InboundHandler;
import vn.hotline.notify.OutboxQueue;
import vn.hotline.report.Statistics;
import vn.hotline.signin.PublicUrl;
import vn.hotline.signin.SignIns;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.WatchedTickets;

/**
 * Wires the desk. It starts with the service, before any ticket is filed, so that every new ticket
 * gets its card; SIGHUP reloads the roster and the API keys, as {@code /reload} does. The only
 * class of the desk that knows Micronaut (the architecture test names it): the desk itself stays
 * plain.
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
      SignIns signIns,
      PublicUrl publicUrl,
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
                signIns,
                publicUrl,
                clock));
    reloadOnHangUp(desk);
    return desk;
  }

  /**
   * The desk as the channels see it: the first of the handlers they ask, since what is the desk's
   * (its groups, its buttons, officers' commands) must never reach citizen intake.
   */
  @Singleton
  @Named("desk")
  InboundHandler deskInbound(Desk desk) {
    return new DeskInbound(desk);
  }

  /** Takes to the desk what {@link Desk#takes} says is its own. */
  record DeskInbound(Desk desk) implements InboundHandler {
    @Override
    public boolean canHandle(Inbound inbound) {
      return desk.takes(inbound);
    }

    @Override
    public void handle(Inbound inbound) {
      desk.handle(inbound);
    }
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
