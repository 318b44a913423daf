package vn.hotline.store;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the process when the embedded store's file failed a write. H2 then closes the store for good
 * and this process can save nothing more; a fresh start reopens the file at its last synced state,
 * and refuses to start, in one line, while the file still cannot be written. So the process exits
 * with {@value #EXIT_STATUS} (temporary failure) for its supervisor to restart it, after a short
 * grace in which {@code /health} reports DOWN with the reason and requests get 503.
 */
@Context
final class BrokenFileExit {
  static final int EXIT_STATUS = 75;
  private static final Logger LOG = LoggerFactory.getLogger(BrokenFileExit.class);

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("store-watch").unstarted(r));

  private final AtomicBoolean failed = new AtomicBoolean();

  BrokenFileExit(MongoStore store, @Value("${hotline.store.exit-grace:5s}") Duration grace) {
    if (store.isEmbedded()) { // the driver reconnects to an external server by itself
      timer.scheduleWithFixedDelay(() -> check(store, grace), 1, 1, TimeUnit.SECONDS);
    }
  }

  private void check(MongoStore store, Duration grace) {
    store
        .brokenFile()
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

  @PreDestroy
  void stop() {
    timer.shutdownNow();
  }
}
