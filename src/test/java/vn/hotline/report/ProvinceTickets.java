package vn.hotline.report;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.hotline.config.BotConfig;
import vn.hotline.sla.SlaLadder;
import vn.hotline.store.StoreAccess;
import vn.hotline.ticket.Ticket;

/**
 * Fills an embedded store with generated tickets for the benchmarks of other packages that start
 * the service: as {@link SupervisorsServiceBenchmark} does, filed over the last days across the
 * communes and worked by a service whose clock took every step due until it stopped, {@code
 * downtime} ago.
 */
public final class ProvinceTickets {
  private ProvinceTickets() {}

  /** Inserts {@code count} tickets into the store in {@code dataDir}; gives how many are open. */
  public static int insert(
      Path dataDir, BotConfig config, int count, int days, Instant now, Duration downtime) {
    TicketGenerator generator =
        new TicketGenerator(11, config, now.minus(Duration.ofDays(days)), days, now);
    SlaLadder ladder = new SlaLadder(config.sla(), config.units());
    Instant stopped = now.minus(downtime);
    int open = 0;
    try (StoreAccess store = StoreAccess.open(dataDir)) {
      List<Ticket> batch = new ArrayList<>();
      for (int made = 0; made < count; made += batch.size()) {
        batch.clear();
        generator.each(
            Math.min(10_000, count - made),
            t -> batch.add(SlaClockBenchmark.stepped(ladder, t, stopped)));
        open += (int) batch.stream().filter(t -> t.state().isOpen()).count();
        store.insertAll(batch);
      }
    }
    return open;
  }
}
