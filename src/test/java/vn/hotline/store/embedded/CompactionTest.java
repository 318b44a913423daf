package vn.hotline.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.nio.file.Path;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class CompactionTest {
  static final int DOCUMENTS = 500;
  static final int REWRITES = 40;

  @TempDir Path dataDir;

  @Test
  void anIdleStoreCompactsAFileBloatedByRewritesToAtMostThreeTimesItsLiveData() {
    try (EmbeddedMongo embedded = EmbeddedMongo.start(dataDir);
        MongoClient client = MongoClients.create(embedded.connectionString())) {
      MongoCollection<Document> tickets = client.getDatabase("hotline").getCollection("tickets");
      rewriteEveryDocumentManyTimes(embedded, tickets);
      EmbeddedMongo.FileSize bloated = embedded.fileSize();
      assertThat(bloated.bytes()).as("bloated").isGreaterThan(3 * bloated.liveBytes());

      assertThat(embedded.compactIfIdle(Duration.ZERO)).as("compacted").isTrue();

      EmbeddedMongo.FileSize compacted = embedded.fileSize();
      assertThat(compacted.bytes()).isLessThan(bloated.bytes() / 2);
      assertThat(compacted.bytes()).isLessThanOrEqualTo(3 * compacted.liveBytes());
      assertThat(tickets.countDocuments()).isEqualTo(DOCUMENTS);
      assertThat(tickets.find(Filters.eq("_id", "T-7")).first().getInteger("round"))
          .isEqualTo(REWRITES - 1);
    }
  }

  @Test
  void aStoreInUseIsNotCompacted() {
    try (EmbeddedMongo embedded = EmbeddedMongo.start(dataDir);
        MongoClient client = MongoClients.create(embedded.connectionString())) {
      MongoCollection<Document> tickets = client.getDatabase("hotline").getCollection("tickets");
      rewriteEveryDocumentManyTimes(embedded, tickets);
      long before = embedded.fileSize().bytes();

      assertThat(embedded.compactIfIdle(Duration.ofHours(1))).isFalse();
      assertThat(embedded.fileSize().bytes()).isEqualTo(before);
    }
  }

  @Test
  void aFileLeftBloatedByTheLastRunIsCompactedOnceTheReopenedStoreIsIdle() {
    long bloated;
    try (EmbeddedMongo embedded = EmbeddedMongo.start(dataDir);
        MongoClient client = MongoClients.create(embedded.connectionString())) {
      rewriteEveryDocumentManyTimes(
          embedded, client.getDatabase("hotline").getCollection("tickets"));
      bloated = embedded.fileSize().bytes();
    }
    try (EmbeddedMongo embedded = EmbeddedMongo.start(dataDir);
        MongoClient client = MongoClients.create(embedded.connectionString())) {
      assertThat(embedded.compactIfIdle(Duration.ZERO)).as("compacted").isTrue();
      EmbeddedMongo.FileSize opened = embedded.fileSize();
      assertThat(opened.bytes()).isLessThan(bloated / 2);
      assertThat(opened.bytes()).isLessThanOrEqualTo(3 * opened.liveBytes());
      assertThat(client.getDatabase("hotline").getCollection("tickets").countDocuments())
          .isEqualTo(DOCUMENTS);
    }
  }

  // Each round is synced, as every save is: each writes new chunks, and the old ones stay in the
  // file for the retention time.
  private static void rewriteEveryDocumentManyTimes(
      EmbeddedMongo embedded, MongoCollection<Document> tickets) {
    String text = "x".repeat(1_000);
    for (int round = 0; round < REWRITES; round++) {
      for (int i = 0; i < DOCUMENTS; i++) {
        tickets.replaceOne(
            Filters.eq("_id", "T-" + i),
            new Document("_id", "T-" + i).append("round", round).append("text", text),
            new ReplaceOptions().upsert(true));
      }
      embedded.sync();
    }
  }
}
