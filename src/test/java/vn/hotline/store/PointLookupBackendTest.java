package vn.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PointLookupBackendTest {
  @TempDir Path dataDir;

  @Test
  void opensWhatTheStockBackendWrote() {
    String file = dataDir.resolve("store.mv.db").toString();
    with(
        new H2Backend(file),
        c -> c.insertOne(new Document("_id", "m1").append("state", "PENDING")));

    with(
        PointLookupBackend.open(file),
        c -> {
          assertThat(c.find(Filters.eq("_id", "m1")).first()).containsEntry("state", "PENDING");
          assertThat(c.countDocuments()).isEqualTo(1);
        });
  }

  @Test
  void aGuardedChangeByIdMatchesTheWholeQuery() {
    with(
        PointLookupBackend.open(dataDir.resolve("store.mv.db").toString()),
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

  private static void with(MongoBackend backend, Consumer<MongoCollection<Document>> use) {
    MongoServer server = new MongoServer(backend);
    server.bind("127.0.0.1", 0);
    try (MongoClient client =
        MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
      use.accept(client.getDatabase("hotline").getCollection("outbox"));
    } finally {
      server.shutdownNow();
    }
  }
}
