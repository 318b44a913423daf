package vn.hotline.supervision;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the supervisors' jobs on a timer of their own: the SLA clock's tick, the scheduled reports,
 * and, when other instances share the store, the reading of their changes. A job that fails is
 * logged and runs again at its next turn.
 */
final class Supervision implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Supervision.class);

  private final ScheduledExecutorService timer;

  private Supervision(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  /**
   * The jobs and how often each runs; {@code poll} is {@code null} when this instance is the only
   * one.
   */
  record Jobs(
      Runnable tick,
      Duration tickEvery,
      Runnable reports,
      Duration reportsEvery,
      Runnable poll,
      Duration pollEvery) {}

  static Supervision start(Jobs jobs) {
    ScheduledExecutorService timer =
        Executors.newScheduledThreadPool(
            2, runnable -> Thread.ofPlatform().daemon().name("supervision").unstarted(runnable));
    every(timer, "sla clock", jobs.tick(), jobs.tickEvery());
    every(timer, "scheduled reports", jobs.reports(), jobs.reportsEvery());
    if (jobs.poll() != null) {
      every(timer, "ticket feed", jobs.poll(), jobs.pollEvery());
    }
    return new Supervision(timer);
  }

  private static void every(
      ScheduledExecutorService timer, String name, Runnable job, Duration every) {
    timer.scheduleWithFixedDelay(
        () -> {
          try {
            job.run();
          } catch (RuntimeException e) {
            LOG.error("{} failed, next turn in {}: {}", name, every, e.toString());
          }
        },
        0,
        every.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
