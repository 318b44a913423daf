package vn.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a MongoDB reached by URI every query that is not by {@code _id} finds an index that starts
 * with its filter's fields; the embedded server keeps only unique indexes, so this is checked on
 * the URI path, where real MongoDB uses them all.
 */
class StoreIndexesIT {
  /** A query of the repositories: its collection and the fields its filter always names. */
  record Query(String collection, Set<String> fields, String where) {}

  // Every find, update and delete filter in the Mongo* classes not by _id (guards that also name
  // _id are found by it). Search's state and category are optional: unit and filedAt lead.
  static final List<Query> QUERIES =
      List.of(
          new Query(
              MongoTickets.COLLECTION,
              Set.of("reporter.channel", "reporter.id"),
              "MongoTickets.reportedBy"),
          new Query(MongoTickets.COLLECTION, Set.of("unit", "state"), "MongoTickets.queue"),
          new Query(MongoTickets.COLLECTION, Set.of("assignee", "state"), "MongoTickets.claimedBy"),
          new Query(MongoTickets.COLLECTION, Set.of("unit"), "MongoTickets.latestIn"),
          new Query(
              MongoTickets.COLLECTION, Set.of("state", "filedAt"), "MongoTickets.openFiledSince"),
          new Query(MongoTickets.COLLECTION, Set.of("duplicateOf"), "MongoTickets.duplicatesOf"),
          new Query(MongoTickets.COLLECTION, Set.of("updatedAt"), "MongoTickets.changedSince"),
          new Query(MongoTickets.COLLECTION, Set.of("unit", "filedAt"), "MongoTickets.search"),
          new Query(MongoInbox.COLLECTION, Set.of("channel"), "MongoInbox.lastUpdateId"),
          new Query(MongoInbox.COLLECTION, Set.of("state"), "MongoInbox.unfinished"),
          new Query(
              MongoConversations.COLLECTION,
              Set.of(MongoConversations.DRAFT_DUE_AT),
              "MongoConversations.withDraftsDue"),
          new Query(
              MongoSignIns.LINKS, Set.of(MongoSignIns.EXPIRES_AT), "MongoSignIns.forgetExpired"),
          new Query(
              MongoSignIns.SESSIONS, Set.of(MongoSignIns.LAST_SEEN), "MongoSignIns.forgetExpired"),
          new Query(
              MongoSignIns.SESSIONS, Set.of(MongoSignIns.OFFICER), "MongoSignIns.endSessionsOf"));

  @TempDir Path dataDir;
  TestedStore.Backend backend;
  MongoStore store;

  @BeforeEach
  void open() {
    backend = TestedStore.MONGODB_URI.start(dataDir);
    store = backend.open();
    StoreIndexes.create(store.database());
  }

  @AfterEach
  void close() {
    try {
      store.close();
    } finally {
      backend.close();
    }
  }

  @Test
  void everyQueryNotByIdFindsAnIndexLedByItsFilterFields() {
    for (Query query : QUERIES) {
      List<List<String>> keys = indexKeys(query.collection());
      assertThat(keys)
          .as("%s on %s filters by %s", query.where(), query.collection(), query.fields())
          .anySatisfy(
              index ->
                  assertThat(
                          Set.copyOf(
                              index.subList(0, Math.min(index.size(), query.fields().size()))))
                      .isEqualTo(query.fields()));
    }
  }

  @Test
  void theIndexesAreThereOnAStoreReachedByUri() {
    assertThat(indexKeys(MongoTickets.COLLECTION))
        .contains(
            List.of("unit", "state", "rank", "filedAt"),
            List.of("reporter.channel", "reporter.id", "filedAt"),
            List.of("assignee", "state"),
            List.of("duplicateOf"),
            List.of("unit", "filedAt"),
            List.of("state", "filedAt"),
            List.of("updatedAt"),
            List.of("state", "acknowledgeBy"));
    assertThat(indexKeys(MongoInbox.COLLECTION))
        .contains(List.of("state", "updateId"), List.of("channel", "updateId"));
    assertThat(indexKeys(MongoConversations.COLLECTION))
        .contains(List.of(MongoConversations.DRAFT_DUE_AT));
  }

  private List<List<String>> indexKeys(String collection) {
    List<List<String>> keys = new ArrayList<>();
    for (Document index : store.database().getCollection(collection).listIndexes()) {
      keys.add(List.copyOf(index.get("key", Document.class).keySet()));
    }
    return keys;
  }
}
