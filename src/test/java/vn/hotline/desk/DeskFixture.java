package vn.hotline.desk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import vn.hotline.config.BotConfig;
import vn.hotline.intake.CitizenNotices;
import vn.hotline.report.StatsBook;
import vn.hotline.signin.PublicUrl;
import vn.hotline.signin.SignIns;
import vn.hotline.store.StoreAccess;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.TicketFeed;
import vn.hotline.ticket.WatchedTickets;

/**
 * The desk of the shipped configuration on an embedded store, with an outbox that records, the
 * statistics fed by every save, and the clock the test gives: no Micronaut, no Telegram.
 */
final class DeskFixture implements AutoCloseable {
  static final BotConfig CONFIG = BotConfig.load(Path.of("bot-config"));

  final StoreAccess store;
  final WatchedTickets tickets;
  final TicketChanges changes;
  final RecordingOutbox outbox = new RecordingOutbox();
  final Desk desk;

  DeskFixture(Path dataDir, Clock clock) {
    store = StoreAccess.open(dataDir);
    tickets = new WatchedTickets(store.tickets());
    changes = new TicketChanges(tickets);
    StatsBook book = new StatsBook(CONFIG.units(), CONFIG.categories(), CONFIG.sla().zone(), clock);
    TicketFeed feed = new TicketFeed(tickets);
    feed.feed(book::update);
    desk =
        Desk.open(
            new Desk.Parts(
                CONFIG.units(),
                CONFIG.categories(),
                CONFIG.sla().zone(),
                CONFIG.messages(),
                new DeskRoster(CONFIG.roster(), CONFIG::roster),
                tickets,
                changes,
                outbox,
                new CitizenNotices(
                    store.conversations(), CONFIG.messages(), CONFIG.units(), outbox, tickets),
                store.prompts(),
                book,
                ReportFiles.from(CONFIG.dir()),
                Duration.ofSeconds(15),
                new SignIns(store.signIns(), clock),
                new PublicUrl("http://localhost:8080"),
                clock));
    feed.start(clock.instant());
  }

  @Override
  public void close() {
    store.close();
  }
}
