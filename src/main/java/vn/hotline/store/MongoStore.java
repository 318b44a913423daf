package vn.hotline.store;

import com.mongodb.ConnectionString;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.connection.ServerDescription;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hotline.config.ConfigException;
import vn.hotline.store.embedded.DataDirectoryUnavailable;
import vn.hotline.store.embedded.EmbeddedMongo;

/**
 * The connection to the store: an external MongoDB given by URI, or the embedded server. Owns the
 * client, the embedded server if any, and the way writes are made durable.
 */
public final class MongoStore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MongoStore.class);
  private static final String DEFAULT_DATABASE = "hotline";
  private static final Duration SERVER_TIMEOUT = Duration.ofSeconds(5);

  private final MongoClient client;
  private final MongoDatabase database;
  private final Durability durability;
  private final EmbeddedMongo embedded;

  private MongoStore(
      MongoClient client, MongoDatabase database, Durability durability, EmbeddedMongo embedded) {
    this.client = client;
    this.database = database;
    this.durability = durability;
    this.embedded = embedded;
  }

  /**
   * Connects to {@code uri}, or starts the embedded server under {@code dataDir} when the URI is
   * blank.
   */
  public static MongoStore open(String uri, Path dataDir) {
    return open(uri, dataDir, "");
  }

  /** As {@link #open(String, Path)}, the embedded file through an H2 file system (for tests). */
  static MongoStore open(String uri, Path dataDir, String fileSystem) {
    if (uri == null || uri.isBlank()) {
      EmbeddedMongo embedded = startEmbedded(dataDir, fileSystem);
      LOG.info("store=embedded file={}", dataDir.resolve(EmbeddedMongo.FILE_NAME).toAbsolutePath());
      MongoClient client =
          MongoClients.create(settings(new ConnectionString(embedded.connectionString())));
      return new MongoStore(
          client,
          client.getDatabase(DEFAULT_DATABASE),
          Durability.unlessReplayed(embedded::sync),
          embedded);
    }
    ConnectionString connection = connectionString(uri);
    MongoClient client = MongoClients.create(settings(connection));
    String name = Optional.ofNullable(connection.getDatabase()).orElse(DEFAULT_DATABASE);
    MongoDatabase database =
        client.getDatabase(name).withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
    reach(client, database, connection);
    // Hosts only: the URI may carry credentials, which never reach a log.
    LOG.info("store=mongodb hosts={}", connection.getHosts());
    return new MongoStore(client, database, Durability.ACKNOWLEDGED_WRITES, null);
  }

  private static EmbeddedMongo startEmbedded(Path dataDir, String fileSystem) {
    try {
      return EmbeddedMongo.start(dataDir, fileSystem);
    } catch (DataDirectoryUnavailable e) {
      throw new StoreUnavailable(e.getMessage(), e);
    }
  }

  private static ConnectionString connectionString(String uri) {
    try {
      return new ConnectionString(uri);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("MONGODB_URI: " + e.getMessage());
    }
  }

  // The driver connects lazily: without this, an unreachable server would show as a failure of
  // whatever first used the store, deep in start-up.
  private static void reach(MongoClient client, MongoDatabase database, ConnectionString uri) {
    try {
      database.runCommand(new Document("ping", 1));
    } catch (MongoSecurityException e) {
      client.close();
      throw new StoreUnavailable(
          "MONGODB_URI: "
              + String.join(", ", uri.getHosts())
              + " refused the credentials: "
              + rootMessage(e));
    } catch (MongoTimeoutException e) {
      String cause =
          client.getClusterDescription().getServerDescriptions().stream()
              .map(ServerDescription::getException)
              .filter(Objects::nonNull)
              .findFirst()
              .map(MongoStore::rootMessage)
              .orElse(e.getClass().getSimpleName());
      client.close();
      throw new StoreUnavailable(
          "MONGODB_URI: no server answered at "
              + String.join(", ", uri.getHosts())
              + " within "
              + SERVER_TIMEOUT.toSeconds()
              + " s: "
              + cause);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null
        ? root.getClass().getSimpleName()
        : root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static MongoClientSettings settings(ConnectionString connection) {
    return MongoClientSettings.builder()
        .applyConnectionString(connection)
        .applyToClusterSettings(
            c -> c.serverSelectionTimeout(SERVER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
        .applyToSocketSettings(
            s -> s.connectTimeout(SERVER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
        .build();
  }

  public MongoDatabase database() {
    return database;
  }

  Durability durability() {
    return durability;
  }

  public boolean isEmbedded() {
    return embedded != null;
  }

  /**
   * When the service first opened this store: recorded the first time it is asked, read after.
   * Scheduled reports are not made for the days before it.
   */
  public Instant installedAt(Instant now) {
    var settings = database.getCollection("settings");
    try {
      settings.insertOne(new Document("_id", "installedAt").append("at", Date.from(now)));
      durability.sync();
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
    return settings.find(Filters.eq("_id", "installedAt")).first().getDate("at").toInstant();
  }

  /**
   * Why the store cannot save now, or empty when it can: a synced write of a small document, so
   * that a full disk or a store closed after a failed write shows (a ping would not touch the
   * file).
   */
  public Optional<String> cannotWrite(Instant now) {
    if (embedded != null && embedded.failure().isPresent()) {
      return embedded.failure();
    }
    try {
      database
          .getCollection("health")
          .replaceOne(
              Filters.eq("_id", "probe"),
              new Document("_id", "probe").append("at", Date.from(now)),
              new ReplaceOptions().upsert(true));
      durability.sync();
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(
          embedded != null && embedded.failure().isPresent()
              ? embedded.failure().get()
              : e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * Why the embedded store's file can no longer be written, once a write to it failed; empty while
   * it works, and always with an external MongoDB (whose driver reconnects by itself).
   */
  Optional<String> brokenFile() {
    return embedded == null ? Optional.empty() : embedded.failure();
  }

  @Override
  public void close() {
    client.close();
    if (embedded != null) {
      embedded.close();
    }
  }
}
