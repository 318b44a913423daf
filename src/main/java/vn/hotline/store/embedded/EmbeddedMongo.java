package vn.hotline.store.embedded;

import com.mongodb.MongoException;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB-compatible server that runs inside the process when no {@code MONGODB_URI} is given:
 * mongo-java-server on an H2 file under the data directory, listening on a free loopback port, used
 * through the ordinary driver like any other server. It serves only connections that present a key
 * made at start and kept in memory.
 */
public final class EmbeddedMongo implements AutoCloseable {
  public static final String FILE_NAME = "hotline.mv.db";
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongo.class);
  // How long no command must have run before the file is compacted, and how often that is looked
  // at: a health check every ten seconds still leaves such gaps, so the file shrinks within a
  // minute of a surge whatever polls the service.
  static final Duration IDLE = Duration.ofSeconds(5);

  private final EmbeddedBackend backend;
  private final MongoServer server;
  private final String connectionString;
  private final Path file;
  private final GroupCommit commits = new GroupCommit(this::commit);
  private final ScheduledExecutorService compactions =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().daemon().name("store-compaction").unstarted(r));
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
    compactions.scheduleWithFixedDelay(
        this::compactWhenIdle, IDLE.toMillis(), IDLE.toMillis(), TimeUnit.MILLISECONDS);
  }

  public static EmbeddedMongo start(Path dataDir) {
    return start(dataDir, "");
  }

  /**
   * Opens the file under {@code dataDir} through the H2 file system named by {@code fileSystem} (a
   * scheme prefix such as {@code "nio:"}; empty for the default), so that tests can put a failing
   * disk under it.
   */
  public static EmbeddedMongo start(Path dataDir, String fileSystem) {
    Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
    String key = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    EmbeddedBackend backend = DataDirectory.open(dataDir, file, fileSystem, key);
    MongoServer server = new MongoServer(backend);
    server.bind("127.0.0.1", 0);
    return new EmbeddedMongo(backend, server, server.getLocalAddress(), key, file);
  }

  /** The URI to reach the server with; it carries the key the server asks of every connection. */
  public String connectionString() {
    return connectionString;
  }

  /**
   * Returns once everything the server accepted before the call is written to the file and the file
   * synced: a write that only reached the operating system's cache is lost to a power cut or an OS
   * crash, and whoever waits for this is about to tell someone their report was received. Callers
   * that ask while a commit runs share the next one ({@link GroupCommit}).
   */
  public void sync() {
    commits.sync();
  }

  private void commit() {
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

  private void compactWhenIdle() {
    try {
      compactIfIdle(IDLE);
    } catch (RuntimeException e) {
      // A failed write shows in failure(), which ends the process; anything else waits for the
      // next round.
      LOG.warn("store compaction failed: {}", rootCause(e));
    }
  }

  /**
   * Compacts the file if it is mostly dead space and no command has run for {@code idle}; returns
   * whether it did.
   */
  boolean compactIfIdle(Duration idle) {
    return failure().isEmpty()
        && backend.whileIdle(
            idle, () -> Compaction.ifBloated(backend.getMvStore(), Compaction.WHILE_IDLE));
  }

  /** The size of the file, and of the live data in it, in bytes. */
  FileSize fileSize() {
    MVStore store = backend.getMvStore();
    return new FileSize(Compaction.fileBytes(store), Compaction.liveBytes(store));
  }

  record FileSize(long bytes, long liveBytes) {}

  /**
   * Why the file can no longer be written, once a write or a sync of it failed: H2 closes the store
   * for good after a failed write, and nothing this process saves from then on would last.
   */
  public Optional<String> failure() {
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

  /** Stops the server, and writes and syncs what it accepted unless the file already failed. */
  @Override
  public void close() {
    compactions.shutdown();
    try {
      // A round under way ends by its own time limit; the file is closed after it.
      compactions.awaitTermination(Compaction.WHILE_IDLE.toSeconds() * 5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (failure().isEmpty()) {
      commit();
    }
    server.shutdownNow();
    backend.close();
  }
}
