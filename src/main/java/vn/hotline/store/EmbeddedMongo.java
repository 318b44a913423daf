package vn.hotline.store;

import com.mongodb.MongoException;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.h2.mvstore.MVStore;

/**
 * The MongoDB-compatible server that runs inside the process when no {@code MONGODB_URI} is given:
 * mongo-java-server on an H2 file under the data directory, listening on a free loopback port, used
 * through the ordinary driver like any other server. It serves only connections that present a key
 * made at start and kept in memory.
 */
final class EmbeddedMongo implements AutoCloseable {
  static final String FILE_NAME = "hotline.mv.db";

  private final EmbeddedBackend backend;
  private final MongoServer server;
  private final String connectionString;
  private final Path file;
  private volatile String syncFailure;

  private EmbeddedMongo(
      EmbeddedBackend backend,
      MongoServer server,
      InetSocketAddress address,
      String key,
      Path file) {
    this.backend = backend;
    this.server = server;
    this.connectionString = "mongodb://127.0.0.1:" + address.getPort() + "/?appName=" + key;
    this.file = file;
  }

  static EmbeddedMongo start(Path dataDir) {
    return start(dataDir, "");
  }

  /**
   * Opens the file under {@code dataDir} through the H2 file system named by {@code fileSystem} (a
   * scheme prefix such as {@code "nio:"}; empty for the default), so that tests can put a failing
   * disk under it.
   */
  static EmbeddedMongo start(Path dataDir, String fileSystem) {
    Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
    String key = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    EmbeddedBackend backend = DataDirectory.open(dataDir, file, fileSystem, key);
    MongoServer server = new MongoServer(backend);
    server.bind("127.0.0.1", 0);
    return new EmbeddedMongo(backend, server, server.getLocalAddress(), key, file);
  }

  String connectionString() {
    return connectionString;
  }

  /**
   * Writes everything the server has accepted to the file and syncs the file: a write that only
   * reached the operating system's cache is lost to a power cut or an OS crash, and whoever waits
   * for this is about to tell someone their report was received.
   */
  void commit() {
    try {
      backend.commit();
    } catch (RuntimeException e) {
      throw new MongoException("embedded store: cannot write " + file + ": " + rootCause(e), e);
    }
    try {
      backend.getMvStore().sync();
    } catch (RuntimeException e) {
      // After a failed fsync the operating system may have dropped the pages it could not write,
      // and a later fsync can succeed without them: nothing written since the last good sync can
      // be trusted, so the file counts as failed, as after a failed write.
      syncFailure = rootCause(e);
      throw new MongoException("embedded store: cannot sync " + file + ": " + syncFailure, e);
    }
  }

  /**
   * Why the file can no longer be written, once a write or a sync of it failed: H2 closes the store
   * for good after a failed write, and nothing this process saves from then on would last.
   */
  Optional<String> failure() {
    MVStore store = backend.getMvStore();
    if (store.isClosed()) {
      Throwable panic = store.getPanicException();
      return Optional.of(
          "cannot write "
              + file
              + ": "
              + (panic == null ? "the store was closed" : rootCause(panic)));
    }
    return Optional.ofNullable(syncFailure).map(cause -> "cannot sync " + file + ": " + cause);
  }

  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  @Override
  public void close() {
    server.shutdownNow();
    backend.close();
  }
}
