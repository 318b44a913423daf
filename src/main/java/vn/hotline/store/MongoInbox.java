package vn.hotline.store;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.hotline.intake.Inbox;
import vn.hotline.intake.InboxEntry;

/**
 * {@link Inbox} in the {@code inbox} collection. The id is channel and update id, so a redelivered
 * update is refused by the unique {@code _id}. Everything on the hot path is by {@code _id}: the
 * embedded server ignores other indexes, so any other query scans the collection. Concurrent
 * accepts share one insert and one commit; concurrent done marks share one write.
 */
final class MongoInbox implements Inbox {
  static final String COLLECTION = "inbox";
  private static final int DUPLICATE_KEY = 11000;

  private static final Bson DONE = Updates.set("state", "DONE");

  private final MongoCollection<Document> inbox;
  private final Durability durability;
  private final Batches<List<InboxEntry>, List<InboxEntry>> accepts =
      new Batches<>(this::insertAndSync);
  private final Batches<String, Boolean> dones = new Batches<>(this::markDone);

  MongoInbox(MongoStore store) {
    this.inbox = store.database().getCollection(COLLECTION);
    this.durability = store.durability();
  }

  @Override
  public List<InboxEntry> accept(List<InboxEntry> entries) {
    if (entries.isEmpty()) {
      return List.of();
    }
    return accepts.submit(entries);
  }

  // The entries of every accept that arrived while the previous batch was written: one insert and
  // one commit for all of them, and each caller gets back its own fresh entries.
  private List<List<InboxEntry>> insertAndSync(List<List<InboxEntry>> batch) {
    List<Document> documents =
        batch.stream().flatMap(List::stream).map(MongoInbox::document).toList();
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
    List<List<InboxEntry>> fresh = new ArrayList<>();
    int index = 0;
    for (List<InboxEntry> entries : batch) {
      List<InboxEntry> mine = new ArrayList<>();
      for (InboxEntry entry : entries) {
        if (!duplicates.contains(index++)) {
          mine.add(entry);
        }
      }
      fresh.add(mine);
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
  public void handle(InboxEntry entry, Handling handling) throws Exception {
    Replayed.run(
        () -> {
          handling.run();
          return null;
        });
  }

  @Override
  public void done(InboxEntry entry) {
    dones.submit(id(entry));
  }

  // Not synced: if a mark is lost in a crash, the update is handled again, which changes nothing.
  private List<Boolean> markDone(List<String> ids) {
    inbox.bulkWrite(
        ids.stream().map(id -> new UpdateOneModel<Document>(Filters.eq("_id", id), DONE)).toList(),
        new BulkWriteOptions().ordered(false));
    return ids.stream().map(id -> true).toList();
  }

  // Not synced, as a done mark: if lost, the update is read again and found unusable again.
  @Override
  public void unusable(InboxEntry entry, String reason) {
    inbox.updateOne(
        Filters.eq("_id", id(entry)),
        Updates.combine(Updates.set("state", "UNUSABLE"), Updates.set("lastError", reason)));
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
