package vn.hotline.store;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/**
 * The indexes every collection needs, created at start-up (creating an existing index is a no-op):
 * one for each query that is not by {@code _id}, its filter's fields first. The embedded server
 * enforces unique indexes and ignores the others; real MongoDB uses all of them.
 */
final class StoreIndexes {
  private StoreIndexes() {}

  static void create(MongoDatabase db) {
    var tickets = db.getCollection(MongoTickets.COLLECTION);
    tickets.createIndex(Indexes.ascending("unit", "state", "rank", "filedAt"));
    tickets.createIndex(
        Indexes.compoundIndex(
            Indexes.ascending("reporter.channel", "reporter.id"), Indexes.descending("filedAt")));
    tickets.createIndex(Indexes.ascending("assignee", "state"));
    tickets.createIndex(Indexes.ascending("duplicateOf"));
    tickets.createIndex(
        Indexes.compoundIndex(Indexes.ascending("unit"), Indexes.descending("filedAt")));
    tickets.createIndex(Indexes.ascending("state", "filedAt"));
    tickets.createIndex(Indexes.ascending("updatedAt"));
    tickets.createIndex(
        Indexes.ascending("state", "acknowledgeBy"), new IndexOptions().name("sla_scan"));
    // Sparse: only conversations whose draft waits to be filed have the field.
    db.getCollection(MongoConversations.COLLECTION)
        .createIndex(
            Indexes.ascending(MongoConversations.DRAFT_DUE_AT), new IndexOptions().sparse(true));
    var inbox = db.getCollection(MongoInbox.COLLECTION);
    inbox.createIndex(Indexes.ascending("state", "updateId"));
    inbox.createIndex(Indexes.ascending("channel", "updateId"));
    db.getCollection(MongoSignIns.LINKS).createIndex(Indexes.ascending(MongoSignIns.EXPIRES_AT));
    var sessions = db.getCollection(MongoSignIns.SESSIONS);
    sessions.createIndex(Indexes.ascending(MongoSignIns.OFFICER));
    sessions.createIndex(Indexes.ascending(MongoSignIns.LAST_SEEN));
  }
}
