package vn.hotline.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.config.BotConfig;
import vn.hotline.sla.DueTimes;
import vn.hotline.sla.SlaAlerts;
import vn.hotline.sla.SlaClock;
import vn.hotline.sla.SlaLadder;
import vn.hotline.sla.SlaStep;
import vn.hotline.store.StoreAccess;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.Transition;

/**
 * What the SLA clock costs with 100,000 open tickets on the embedded store: the tickets' steps
 * taken up to now, as a running clock would have, then the clock ticking every second for a minute
 * while steps fall due at their natural pace, each a guarded, synced write. The cost is the whole
 * process's CPU time over that minute (the store's threads and the collector included) less the
 * same process's over the minutes before and after without the clock, as a share of one core; both
 * are printed. Run with {@code ./mvnw -B -o -Pbenchmark test -Dtest=SlaClockBenchmark}.
 */
@Tag("benchmark")
class SlaClockBenchmark {
  static final int OPEN = 100_000;
  static final int DAYS = 7;
  static final Duration WINDOW = Duration.ofSeconds(60);

  @TempDir Path dataDir;

  @Test
  void theClockCostsUnderTwoPercentOfACoreWithAHundredThousandOpenTickets() {
    BotConfig config = BotConfig.load(Path.of("bot-config"));
    Instant now = Instant.now();
    SlaLadder ladder = new SlaLadder(config.sla(), config.units());
    try (StoreAccess store = StoreAccess.open(dataDir)) {
      List<Ticket> open = openTickets(config, ladder, now);
      store.insertAll(open);
      DueTimes due = new DueTimes(ladder);
      open.forEach(due::track);
      AtomicInteger alerts = new AtomicInteger();
      SlaClock clock =
          new SlaClock(
              ladder,
              due,
              new TicketChanges(store.tickets()),
              new SlaAlerts() {
                @Override
                public void stepped(Ticket ticket, SlaStep step) {
                  alerts.incrementAndGet();
                }

                @Override
                public void backlog(List<Taken> taken) {
                  alerts.addAndGet(taken.size());
                }
              },
              Clock.systemUTC());
      clock.tick(); // what fell due while the tickets were being stored

      AtomicInteger taken = new AtomicInteger();
      // Without the clock before and after, so that what the load left running (the collector, the
      // compiler, the store's compaction) counts on both sides.
      double before = processCpuShare(() -> {});
      double ticking = processCpuShare(() -> taken.addAndGet(clock.tick()));
      double without = (before + processCpuShare(() -> {})) / 2;
      double share = ticking - without;
      System.out.printf(
          "SlaClockBenchmark: %,d open tickets, %,d with a step still ahead; %d steps taken in %d"
              + " s; process CPU %.2f%% of one core ticking, %.2f%% without the clock: the clock"
              + " costs %.2f%%%n",
          open.size(), due.size(), taken.get(), WINDOW.toSeconds(), ticking, without, share);
      // Those that reached the root have no step left and are rightly not tracked.
      assertThat(due.size()).isPositive();
      assertThat(share).isLessThan(2.0);
    }
  }

  // The process's CPU time over the window while the task runs every second, as a share of one
  // core. Parking is the measuring window, not a wait for anything.
  private static double processCpuShare(Runnable everySecond) {
    OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      long cpuBefore = os.getProcessCpuTime();
      long began = System.nanoTime();
      timer.scheduleWithFixedDelay(everySecond, 1, 1, TimeUnit.SECONDS);
      long end = began + WINDOW.toNanos();
      for (long left = WINDOW.toNanos(); left > 0; left = end - System.nanoTime()) {
        LockSupport.parkNanos(left);
      }
      return 100.0 * (os.getProcessCpuTime() - cpuBefore) / (System.nanoTime() - began);
    } finally {
      timer.shutdownNow();
    }
  }

  // Open tickets filed over the last week whose steps due so far were taken.
  private static List<Ticket> openTickets(BotConfig config, SlaLadder ladder, Instant now) {
    TicketGenerator generator =
        new TicketGenerator(3, config, now.minus(Duration.ofDays(DAYS)), DAYS, now);
    List<Ticket> open = new ArrayList<>(OPEN);
    while (open.size() < OPEN) {
      generator.each(
          1_000,
          t -> {
            if (t.state().isOpen() && open.size() < OPEN) {
              open.add(stepped(ladder, t, now));
            }
          });
    }
    return open;
  }

  static Ticket stepped(SlaLadder ladder, Ticket ticket, Instant until) {
    Ticket t = ticket;
    for (Optional<SlaStep> step = ladder.next(t);
        step.isPresent() && !step.get().due().isAfter(until);
        step = ladder.next(t)) {
      if (!(ladder.apply(t, step.get(), step.get().due()) instanceof Transition.Applied applied)) {
        break;
      }
      t = applied.ticket();
    }
    return t;
  }
}
