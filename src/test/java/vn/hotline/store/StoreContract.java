package vn.hotline.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * A repository's contract test: each subclass runs, as a {@code @ParameterizedClass} over {@link
 * TestedStore}, against every store production can use. The store is opened as at start-up (with
 * its indexes); {@link #reopen} closes and opens it again, as a restart does.
 */
abstract class StoreContract {
  @Parameter TestedStore kind;
  @TempDir Path dataDir;
  TestedStore.Backend backend;
  MongoStore store;

  /** Builds the repository under test on a store just opened. */
  abstract void opened(MongoStore store);

  @BeforeEach
  void start() {
    backend = kind.start(dataDir);
    open();
  }

  void open() {
    store = backend.open();
    StoreIndexes.create(store.database());
    opened(store);
  }

  void reopen() {
    store.close();
    open();
  }

  @AfterEach
  void stop() {
    if (backend == null) {
      return; // skipped: no such store here (TestedStore.REAL_MONGODB)
    }
    try (TestedStore.Backend started = backend) {
      if (store != null) {
        store.close();
      }
    }
  }
}
