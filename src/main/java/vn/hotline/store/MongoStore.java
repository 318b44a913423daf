package vn.hotline.store;

import com.mongodb.ConnectionString;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection to the store: an external MongoDB given by URI, or the embedded server. Owns the
 * client, the embedded server if any, and the way writes are made durable.
 */
public final class MongoStore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MongoStore.class);
  private static final String DEFAULT_DATABASE = "hotline";

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
      EmbeddedMongo embedded = EmbeddedMongo.start(dataDir, fileSystem);
      LOG.info("store=embedded file={}", dataDir.resolve(EmbeddedMongo.FILE_NAME).toAbsolutePath());
      MongoClient client =
          MongoClients.create(settings(new ConnectionString(embedded.connectionString())));
      return new MongoStore(
          client,
          client.getDatabase(DEFAULT_DATABASE),
          new GroupCommit(embedded::commit),
          embedded);
    }
    ConnectionString connection = new ConnectionString(uri);
    // Hosts only: the URI may carry credentials, which never reach a log.
    LOG.info("store=mongodb hosts={}", connection.getHosts());
    MongoClient client = MongoClients.create(settings(connection));
    String name = Optional.ofNullable(connection.getDatabase()).orElse(DEFAULT_DATABASE);
    MongoDatabase database =
        client.getDatabase(name).withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
    return new MongoStore(client, database, Durability.ACKNOWLEDGED_WRITES, null);
  }

  private static MongoClientSettings settings(ConnectionString connection) {
    return MongoClientSettings.builder()
        .applyConnectionString(connection)
        .applyToClusterSettings(c -> c.serverSelectionTimeout(5, TimeUnit.SECONDS))
        .applyToSocketSettings(s -> s.connectTimeout(5, TimeUnit.SECONDS))
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
      if (embedded.failure().isEmpty()) {
        embedded.commit();
      }
      embedded.close();
    }
  }
}
