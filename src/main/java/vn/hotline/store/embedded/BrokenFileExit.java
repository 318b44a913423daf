package vn.hotline.store.embedded;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the process when the embedded store's file failed a write. H2 then closes the store for good
 * and this process can save nothing more; a fresh start reopens the file at its last synced state,
 * and refuses to start, in one line, while the file still cannot be written. So the process exits
 * with {@value #EXIT_STATUS} (temporary failure) for its supervisor to restart it, after a short
 * grace in which {@code /health} reports DOWN with the reason and requests get 503.
 */
public final class BrokenFileExit implements AutoCloseable {
  static final int EXIT_STATUS = 75;
  private static final Logger LOG = LoggerFactory.getLogger(BrokenFileExit.class);

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("store-watch").unstarted(r));

  private final AtomicBoolean failed = new AtomicBoolean();

  private BrokenFileExit() {}

  /**
   * Checks each second why the file can no longer be written ({@link EmbeddedMongo#failure()});
   * once it cannot, exits after {@code grace}.
   */
  public static BrokenFileExit watching(Supplier<Optional<String>> brokenFile, Duration grace) {
    BrokenFileExit exit = new BrokenFileExit();
    exit.timer.scheduleWithFixedDelay(() -> exit.check(brokenFile, grace), 1, 1, TimeUnit.SECONDS);
    return exit;
  }

  /** For a store that is not embedded: the driver reconnects to an external server by itself. */
  public static BrokenFileExit none() {
    BrokenFileExit exit = new BrokenFileExit();
    exit.timer.shutdown();
    return exit;
  }

  private void check(Supplier<Optional<String>> brokenFile, Duration grace) {
    brokenFile
        .get()
        .filter(reason -> failed.compareAndSet(false, true))
        .ifPresent(
            reason -> {
              LOG.error(
                  "store failed: {}; the service exits with status {} in {} s so that its"
                      + " supervisor restarts it",
                  reason,
                  EXIT_STATUS,
                  grace.toSeconds());
              timer.schedule(
                  () -> System.exit(EXIT_STATUS), grace.toMillis(), TimeUnit.MILLISECONDS);
            });
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
