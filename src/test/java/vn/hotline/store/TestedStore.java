package vn.hotline.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The stores the repositories' contract suite runs against, each reached the way production reaches
 * it ({@link MongoStore#open}).
 */
enum TestedStore {
  /** The embedded store, as production opens it when no {@code MONGODB_URI} is given. */
  EMBEDDED {
    @Override
    Backend start(Path dataDir) {
      return new Backend(() -> MongoStore.open("", dataDir), () -> {});
    }
  },

  /**
   * mongo-java-server's in-memory backend on a loopback port, reached through a {@code mongodb://}
   * URI: the path production takes for {@code MONGODB_URI}, with its write concerns.
   */
  MONGODB_URI {
    @Override
    Backend start(Path dataDir) {
      MongoServer server = new MongoServer(new MemoryBackend());
      server.bind("127.0.0.1", 0);
      String uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/hotline";
      return new Backend(() -> MongoStore.open(uri, dataDir), server::shutdownNow);
    }
  },

  /**
   * A real MongoDB, when {@value #REAL_URI_VARIABLE} names one; skipped otherwise. Each run uses a
   * database of its own, dropped after.
   */
  REAL_MONGODB {
    @Override
    Backend start(Path dataDir) {
      String given = System.getenv(REAL_URI_VARIABLE);
      assumeTrue(given != null && !given.isBlank(), REAL_URI_VARIABLE + " names no MongoDB");
      String database =
          "hotline_test_"
              + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
      String uri = withDatabase(given, database);
      return new Backend(
          () -> MongoStore.open(uri, dataDir),
          () -> {
            try (MongoStore store = MongoStore.open(uri, dataDir)) {
              store.database().drop();
            }
          });
    }
  };

  static final String REAL_URI_VARIABLE = "HOTLINE_TEST_MONGODB_URI";

  /** Starts the store's server, if it has one; each {@link Backend#open} connects to it again. */
  abstract Backend start(Path dataDir);

  /** A started store, opened as often as a test restarts it; closing stops or drops it. */
  record Backend(Opener opener, Runnable stop) implements AutoCloseable {
    MongoStore open() {
      return opener.open();
    }

    @Override
    public void close() {
      stop.run();
    }
  }

  interface Opener {
    MongoStore open();
  }

  // The URI's own database, if any, gives way to the test's; credentials and options stay, and
  // credentials are still checked against the database the URI named.
  static String withDatabase(String uri, String database) {
    int hosts = uri.indexOf("://") + 3;
    int query = uri.indexOf('?', hosts);
    String options = query < 0 ? "" : uri.substring(query);
    String head = query < 0 ? uri : uri.substring(0, query);
    int path = head.indexOf('/', hosts);
    String named = path < 0 ? "" : head.substring(path + 1);
    if (!named.isEmpty() && !options.contains("authSource=")) {
      options += (options.isEmpty() ? "?" : "&") + "authSource=" + named;
    }
    return (path < 0 ? head : head.substring(0, path)) + "/" + database + options;
  }
}
