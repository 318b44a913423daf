package vn.hotline.store;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MongoDB-compatible server that runs inside the process when no {@code MONGODB_URI} is given:
 * mongo-java-server on an H2 file under the data directory, listening on a free loopback port, used
 * through the ordinary driver like any other server.
 */
final class EmbeddedMongo implements AutoCloseable {
  static final String FILE_NAME = "hotline.mv.db";

  private final EmbeddedBackend backend;
  private final MongoServer server;
  private final String connectionString;

  private EmbeddedMongo(EmbeddedBackend backend, MongoServer server, InetSocketAddress address) {
    this.backend = backend;
    this.server = server;
    this.connectionString = "mongodb://127.0.0.1:" + address.getPort();
  }

  static EmbeddedMongo start(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + dataDir, e);
    }
    EmbeddedBackend backend = EmbeddedBackend.open(dataDir.resolve(FILE_NAME).toString());
    MongoServer server = new MongoServer(backend);
    server.bind("127.0.0.1", 0);
    return new EmbeddedMongo(backend, server, server.getLocalAddress());
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
    backend.commit();
    backend.getMvStore().sync();
  }

  @Override
  public void close() {
    server.shutdownNow();
    backend.close();
  }
}
