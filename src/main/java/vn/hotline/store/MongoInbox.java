package vn.hotline.store;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import vn.hotline.intake.Inbox;
import vn.hotline.intake.InboxEntry;

/**
 * {@link Inbox} in the {@code inbox} collection. The id is channel and update id, so a redelivered
 * update is refused by the unique {@code _id}. Everything on the hot path is by {@code _id}: the
 * embedded server ignores other indexes, so any other query scans the collection.
 */
final class MongoInbox implements Inbox {
  static final String COLLECTION = "inbox";
  private static final int DUPLICATE_KEY = 11000;

  private final MongoCollection<Document> inbox;
  private final Durability durability;

  MongoInbox(MongoStore store) {
    this.inbox = store.database().getCollection(COLLECTION);
    this.durability = store.durability();
  }

  @Override
  public List<InboxEntry> accept(List<InboxEntry> entries) {
    if (entries.isEmpty()) {
      return List.of();
    }
    List<Document> documents = entries.stream().map(MongoInbox::document).toList();
    Set<Integer> duplicates = new HashSet<>();
    try {
      inbox.insertMany(documents, new InsertManyOptions().ordered(false));
    } catch (MongoBulkWriteException e) {
      for (var error : e.getWriteErrors()) {
        if (error.getCode() != DUPLICATE_KEY) {
          throw e;
        }
        duplicates.add(error.getIndex());
      }
    }
    durability.sync();
    List<InboxEntry> fresh = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      if (!duplicates.contains(i)) {
        fresh.add(entries.get(i));
      }
    }
    return fresh;
  }

  private static String id(InboxEntry entry) {
    return entry.channel() + ":" + entry.updateId();
  }

  private static Document document(InboxEntry entry) {
    return new Document("_id", id(entry))
        .append("channel", entry.channel())
        .append("updateId", entry.updateId())
        .append("chatId", entry.chatId())
        .append("payload", entry.payload())
        .append("receivedAt", Date.from(entry.receivedAt()))
        .append("state", "PENDING")
        .append("attempts", 0);
  }

  @Override
  public Optional<Long> lastUpdateId(String channel) {
    Document last =
        inbox
            .find(Filters.eq("channel", channel))
            .sort(Sorts.descending("updateId"))
            .limit(1)
            .first();
    return Optional.ofNullable(last).map(d -> d.get("updateId", Number.class).longValue());
  }

  @Override
  public List<Waiting> unfinished() {
    List<Waiting> waiting = new ArrayList<>();
    inbox
        .find(Filters.eq("state", "PENDING"))
        .sort(Sorts.ascending("updateId"))
        .forEach(d -> waiting.add(new Waiting(entry(d), d.getInteger("attempts", 0))));
    return waiting;
  }

  private static InboxEntry entry(Document d) {
    return new InboxEntry(
        d.getString("channel"),
        d.get("updateId", Number.class).longValue(),
        d.get("chatId", Number.class).longValue(),
        d.getString("payload"),
        d.getDate("receivedAt").toInstant());
  }

  @Override
  public void done(InboxEntry entry) {
    // Not synced: if it is lost in a crash, the update is handled again, which changes nothing.
    inbox.updateOne(Filters.eq("_id", id(entry)), Updates.set("state", "DONE"));
  }

  @Override
  public void failed(InboxEntry entry, int attempts, String reason, boolean givenUp) {
    inbox.updateOne(
        Filters.eq("_id", id(entry)),
        Updates.combine(
            Updates.set("state", givenUp ? "FAILED" : "PENDING"),
            Updates.set("attempts", attempts),
            Updates.set("lastError", reason)));
  }
}
