package vn.hotline.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.mvstore.MVStoreTool;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.roster.OfficerId;
import vn.hotline.store.StoreAccess;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Drafts;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Tickets;
import vn.hotline.ticket.Transition;

/**
 * A surge of reports filed and each acknowledged, each save synced, then an idle minute: the file
 * must then be at most three times its live data, measured as the size of a copy of the file with
 * nothing but its live data (H2's own offline compaction).
 *
 * <p>{@code ./mvnw -B -Pbenchmark test -Dtest=CompactionBenchmark [-Dreports=26000]}
 */
@Tag("benchmark")
class CompactionBenchmark {
  static final int REPORTS = Integer.getInteger("reports", 26_000);
  static final int THREADS = 8;
  static final Duration IDLE = Duration.ofMinutes(1);

  @TempDir Path dataDir;

  @Test
  void afterASurgeAndAnIdleMinuteTheFileIsAtMostThreeTimesItsLiveData() throws Exception {
    Path file = dataDir.resolve(EmbeddedMongo.FILE_NAME);
    long afterSurge;
    long afterIdle;
    long secondsToShrink = -1;
    try (StoreAccess store = StoreAccess.open(dataDir)) {
      long start = System.nanoTime();
      surge(store.tickets());
      long surgeMillis = (System.nanoTime() - start) / 1_000_000;
      afterSurge = Files.size(file);
      System.out.printf(
          "surge: %d reports filed and each acknowledged in %.1f s; file %s%n",
          REPORTS, surgeMillis / 1000.0, mb(afterSurge));
      long idleStart = System.nanoTime();
      long idleEnd = idleStart + IDLE.toNanos();
      // The minute passes whatever happens: the file is looked at each second to tell when it
      // shrank, which is part of the figure.
      while (System.nanoTime() < idleEnd) {
        TimeUnit.SECONDS.sleep(1);
        if (secondsToShrink < 0 && Files.size(file) < afterSurge / 2) {
          secondsToShrink = (System.nanoTime() - idleStart) / 1_000_000_000;
        }
      }
      afterIdle = Files.size(file);
    }
    Path copy = dataDir.resolve("live-only.mv.db");
    MVStoreTool.compact(file.toString(), copy.toString(), false);
    long live = Files.size(copy);
    double ratio = (double) afterIdle / live;
    System.out.printf(
        "after an idle minute: file %s, live data %s, %.2fx (shrank after %d s)%n",
        mb(afterIdle), mb(live), ratio, secondsToShrink);
    assertThat(ratio).isLessThanOrEqualTo(3.0);
  }

  private static void surge(Tickets tickets) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < REPORTS; i = next.getAndIncrement()) {
                    Ticket filed = tickets.file(Drafts.draft("báo cáo số " + i + " ".repeat(200)));
                    var acknowledged =
                        (Transition.Applied)
                            filed.acknowledge(
                                Actor.officer(new OfficerId(1), "Officer 1"), Instant.now());
                    assertThat(tickets.replace(filed, acknowledged.ticket())).isTrue();
                  }
                  return null;
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String mb(long bytes) {
    return String.format("%.1f MB", bytes / 1_048_576.0);
  }
}
