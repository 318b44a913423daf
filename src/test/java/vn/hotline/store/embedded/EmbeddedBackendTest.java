package vn.hotline.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class EmbeddedBackendTest {
  static final String KEY = "test-client-key";
  @TempDir Path dataDir;

  @Test
  void opensWhatTheStockBackendWroteWithItsUniqueIndexesStillEnforced() {
    String file = dataDir.resolve("store.mv.db").toString();
    with(
        new H2Backend(file),
        c -> {
          c.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
          for (int i = 0; i < 200; i++) {
            c.insertOne(new Document("_id", "m" + i).append("code", "PN-" + i).append("n", i));
          }
        });

    with(
        EmbeddedBackend.open(file, KEY),
        c -> {
          assertThat(c.find(Filters.eq("_id", "m1")).first()).containsEntry("code", "PN-1");
          assertThat(c.countDocuments()).isEqualTo(200);
          for (int i = 0; i < 200; i += 7) {
            assertThat(c.find(Filters.eq("code", "PN-" + i)).first()).containsEntry("n", i);
            int taken = i;
            assertThatThrownBy(
                    () -> c.insertOne(new Document("_id", "x").append("code", "PN-" + taken)))
                .as("the old unique index, copied into the new order")
                .isInstanceOfSatisfying(
                    MongoWriteException.class, EmbeddedBackendTest::isDuplicate);
            assertThatThrownBy(() -> c.insertOne(new Document("_id", "m" + taken)))
                .isInstanceOfSatisfying(
                    MongoWriteException.class, EmbeddedBackendTest::isDuplicate);
          }
          c.insertOne(new Document("_id", "m200").append("code", "PN-200"));
        });

    with(
        EmbeddedBackend.open(file, KEY),
        c -> {
          assertThat(c.countDocuments()).isEqualTo(201);
          assertThat(c.find(Filters.eq("code", "PN-200")).first()).containsEntry("_id", "m200");
          assertThatThrownBy(() -> c.insertOne(new Document("_id", "y").append("code", "PN-5")))
              .isInstanceOfSatisfying(MongoWriteException.class, EmbeddedBackendTest::isDuplicate);
        });
  }

  @Test
  void indexEntriesLostToAKillAreRebuiltFromTheDocuments() {
    String file = dataDir.resolve("store.mv.db").toString();
    EmbeddedBackend killed = EmbeddedBackend.open(file, KEY);
    with(
        killed,
        c -> {
          c.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
          for (int i = 0; i < 50; i++) {
            c.insertOne(new Document("_id", "m" + i).append("code", "PN-" + i));
          }
          // What a commit between a document and its index entries leaves, then the kill.
          MVStore store = killed.getMvStore();
          Set<Object> lost = Set.of("m7", "m8", "m9");
          store.getMapNames().stream()
              .filter(name -> name.contains("_index_"))
              .map(store::openMap)
              .forEach(
                  index ->
                      index.entrySet().stream()
                          .filter(entry -> lost.contains(entry.getValue()))
                          .map(Map.Entry::getKey)
                          .toList()
                          .forEach(index::remove));
          store.commit();
          store.closeImmediately();
        });

    with(
        EmbeddedBackend.open(file, KEY),
        c -> {
          assertThat(c.find(Filters.eq("code", "PN-7")).first()).containsEntry("_id", "m7");
          assertThat(
                  c.updateOne(Filters.eq("_id", "m8"), Updates.set("state", "SENT"))
                      .getModifiedCount())
              .isEqualTo(1);
          assertThatThrownBy(() -> c.insertOne(new Document("_id", "x").append("code", "PN-9")))
              .isInstanceOfSatisfying(MongoWriteException.class, EmbeddedBackendTest::isDuplicate);
        });
  }

  @Test
  void documentsOfEveryKindOfValueReadBackAfterReopening() {
    String file = dataDir.resolve("store.mv.db").toString();
    Document written =
        new Document("_id", "t1")
            .append("text", "Chợ tự phát ở xã Phú Nghĩa")
            .append("int", 7)
            .append("long", 7_000_000_000L)
            .append("double", 0.5)
            .append("flag", true)
            .append("none", null)
            .append("at", new Date(1_700_000_000_000L))
            .append("tags", List.of("a", 1, List.of(2L)))
            .append("history", List.of(new Document("state", "NEW").append("v", 0)))
            .append("nested", new Document("deeper", new Document("x", "y")));
    with(EmbeddedBackend.open(file, KEY), c -> c.insertOne(written));

    with(
        EmbeddedBackend.open(file, KEY),
        c -> assertThat(c.find(Filters.eq("_id", "t1")).first()).isEqualTo(written));
  }

  @Test
  void uniqueKeysOfMixedTypesAreAllFoundAndNoneTwice() {
    with(
        EmbeddedBackend.open(dataDir.resolve("store.mv.db").toString(), KEY),
        c -> {
          c.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
          List<Object> keys = List.of("b", "a", 3L, 1, 2.5, true, "ab", 10L, false, "");
          for (int i = 0; i < keys.size(); i++) {
            c.insertOne(new Document("_id", i).append("key", keys.get(i)));
          }
          for (int i = 0; i < keys.size(); i++) {
            assertThat(c.find(Filters.eq("key", keys.get(i))).first())
                .as("key %s", keys.get(i))
                .containsEntry("_id", i);
            Object key = keys.get(i);
            assertThatThrownBy(() -> c.insertOne(new Document("_id", "dup").append("key", key)))
                .isInstanceOfSatisfying(
                    MongoWriteException.class, EmbeddedBackendTest::isDuplicate);
          }
        });
  }

  @Test
  void aGuardedChangeByIdMatchesTheWholeQuery() {
    with(
        EmbeddedBackend.open(dataDir.resolve("store.mv.db").toString(), KEY),
        c -> {
          c.insertOne(new Document("_id", "m1").append("state", "PENDING"));
          c.insertOne(new Document("_id", 42L).append("state", "PENDING"));

          var wrongState = Filters.and(Filters.eq("_id", "m1"), Filters.eq("state", "SENT"));
          assertThat(c.updateOne(wrongState, Updates.set("state", "X")).getModifiedCount())
              .isZero();
          var rightState = Filters.and(Filters.eq("_id", "m1"), Filters.eq("state", "PENDING"));
          assertThat(c.updateOne(rightState, Updates.set("state", "SENDING")).getModifiedCount())
              .isEqualTo(1);
          assertThat(c.find(Filters.and(Filters.eq("_id", "m2"), Filters.eq("state", "PENDING"))))
              .isEmpty();
          assertThat(c.find(Filters.and(Filters.eq("_id", 42), Filters.eq("state", "PENDING"))))
              .as("an int finds the long it equals")
              .hasSize(1);
          assertThat(c.find(Filters.and(Filters.eq("_id", 42), Filters.eq("state", "SENT"))))
              .isEmpty();
          assertThat(c.find(Filters.in("_id", List.of("m1", "m9", 42L))))
              .extracting(d -> d.get("_id"))
              .containsExactlyInAnyOrder("m1", 42L);
          c.insertOne(new Document("_id", "m2").append("state", "PENDING"));
          var pinnedAndSending =
              new Document("_id", new Document("$in", List.of("m1", "m2", "m9")))
                  .append("state", "SENDING");
          assertThat(c.find(pinnedAndSending))
              .as("the rest of the query still applies to documents found by _id")
              .extracting(d -> d.get("_id"))
              .containsExactly("m1");
          assertThatThrownBy(() -> c.insertOne(new Document("_id", "m1")))
              .isInstanceOfSatisfying(
                  MongoWriteException.class,
                  e ->
                      assertThat(e.getError().getCategory())
                          .isEqualTo(ErrorCategory.DUPLICATE_KEY));
          assertThat(c.find(Filters.eq("_id", "m1")).first())
              .as("the first copy stays")
              .containsEntry("state", "SENDING");
        });
  }

  @Test
  void aSecondaryIndexIsAcceptedButNotKeptSoThatOpeningWalksNoDocuments() {
    String file = dataDir.resolve("secondary.mv.db").toString();
    for (int open = 0; open < 2; open++) {
      with(
          EmbeddedBackend.open(file, KEY),
          c -> {
            c.createIndex(Indexes.ascending("unit", "filedAt"));
            c.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            c.insertOne(new Document("unit", "691").append("code", "PN-" + c.countDocuments()));
            assertThat(
                    c.listIndexes().map(i -> i.getString("name")).into(new java.util.ArrayList<>()))
                .containsExactlyInAnyOrder("_id_", "code_1");
            assertThat(c.countDocuments(Filters.eq("unit", "691"))).isEqualTo(c.countDocuments());
          });
    }
  }

  @Test
  void aClientWithoutTheProcessKeyIsRefusedEveryCommand() {
    MongoServer server =
        new MongoServer(EmbeddedBackend.open(dataDir.resolve("keyed.mv.db").toString(), KEY));
    server.bind("127.0.0.1", 0);
    String address = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    try {
      for (String stranger : List.of(address, address + "/?appName=guess")) {
        try (MongoClient client =
            MongoClients.create(
                MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString(stranger))
                    .applyToClusterSettings(c -> c.serverSelectionTimeout(2, TimeUnit.SECONDS))
                    .build())) {
          assertThatThrownBy(() -> client.listDatabaseNames().first())
              .as(stranger)
              .isInstanceOf(MongoException.class);
        }
      }
      try (MongoClient own = MongoClients.create(address + "/?appName=" + KEY)) {
        own.getDatabase("hotline").getCollection("t").insertOne(new Document("_id", "x"));
        assertThat(own.getDatabase("hotline").getCollection("t").countDocuments()).isEqualTo(1);
      }
    } finally {
      server.shutdownNow();
    }
  }

  private static void isDuplicate(MongoWriteException e) {
    assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY);
  }

  private static void with(MongoBackend backend, Consumer<MongoCollection<Document>> use) {
    MongoServer server = new MongoServer(backend);
    server.bind("127.0.0.1", 0);
    try (MongoClient client =
        MongoClients.create(
            "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/?appName=" + KEY)) {
      use.accept(client.getDatabase("hotline").getCollection("outbox"));
    } finally {
      server.shutdownNow();
    }
  }
}
