package vn.hotline.store;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hotline.intake.Inbox;
import vn.hotline.intake.InboxEntry;

/**
 * {@link Inbox} in the {@code inbox} collection. The id is channel and update id, so a redelivered
 * update is refused by the unique {@code _id}. Each update is in a lane by its chat, so that one
 * chat's updates are handled in order while other chats go on in parallel.
 */
final class MongoInbox implements Inbox {
  static final String COLLECTION = "inbox";
  private static final Logger LOG = LoggerFactory.getLogger(MongoInbox.class);
  private static final int MAX_ATTEMPTS = 8;

  private final MongoCollection<Document> inbox;
  private final Durability durability;
  private final Clock clock;
  private final String instance;

  MongoInbox(MongoStore store, Clock clock, String instance) {
    this.instance = instance;
    this.inbox = store.database().getCollection(COLLECTION);
    this.durability = store.durability();
    this.clock = clock;
  }

  @Override
  public int accept(List<InboxEntry> entries) {
    if (entries.isEmpty()) {
      return 0;
    }
    List<Document> documents = entries.stream().map(this::document).toList();
    int inserted;
    try {
      inserted =
          inbox
              .insertMany(documents, new InsertManyOptions().ordered(false))
              .getInsertedIds()
              .size();
    } catch (MongoBulkWriteException e) {
      // Redelivered updates collide on _id; everything else was inserted.
      boolean onlyDuplicates =
          e.getWriteErrors().stream().allMatch(error -> error.getCode() == 11000);
      if (!onlyDuplicates) {
        throw e;
      }
      inserted = entries.size() - e.getWriteErrors().size();
    }
    durability.sync();
    return inserted;
  }

  private Document document(InboxEntry entry) {
    return new Document("_id", entry.channel() + ":" + entry.updateId())
        .append("channel", entry.channel())
        .append("updateId", entry.updateId())
        .append("chatId", entry.chatId())
        .append("lane", Math.floorMod(Long.hashCode(entry.chatId()), 1 << 16))
        .append("payload", entry.payload())
        .append("receivedAt", Date.from(entry.receivedAt()))
        .append("state", "PENDING")
        .append("attempts", 0)
        .append("dueAt", Date.from(entry.receivedAt()));
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
  public List<Claimed> claim(int lane, int lanes, int max, Duration lease) {
    Instant now = clock.instant();
    List<Claimed> claimed = new ArrayList<>();
    Bson claimable =
        Filters.and(
            Filters.mod("lane", lanes, lane),
            Filters.or(
                Filters.and(Filters.eq("state", "PENDING"), Filters.lte("dueAt", Date.from(now))),
                Filters.and(
                    Filters.eq("state", "CLAIMED"), Filters.lte("leaseUntil", Date.from(now)))));
    while (claimed.size() < max) {
      Document taken =
          inbox.findOneAndUpdate(
              claimable,
              Updates.combine(
                  Updates.set("state", "CLAIMED"),
                  Updates.set("owner", instance),
                  Updates.set("leaseUntil", Date.from(now.plus(lease)))),
              new FindOneAndUpdateOptions()
                  .sort(Sorts.ascending("updateId"))
                  .returnDocument(ReturnDocument.BEFORE));
      if (taken == null) {
        break;
      }
      claimed.add(new Claimed(entry(taken), taken.getInteger("attempts", 0)));
    }
    return claimed;
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
  public void releaseOwnClaims() {
    long released =
        inbox
            .updateMany(
                Filters.and(Filters.eq("state", "CLAIMED"), Filters.eq("owner", instance)),
                Updates.combine(Updates.set("state", "PENDING"), Updates.unset("leaseUntil")))
            .getModifiedCount();
    if (released > 0) {
      LOG.info("inbox released={} claims left by this instance's previous run", released);
    }
  }

  @Override
  public void done(Claimed claimed) {
    inbox.updateOne(
        Filters.eq("_id", id(claimed)),
        Updates.combine(Updates.set("state", "DONE"), Updates.unset("leaseUntil")));
  }

  @Override
  public void failed(Claimed claimed, String reason, Duration retryIn) {
    int attempts = claimed.attempts() + 1;
    boolean giveUp = attempts >= MAX_ATTEMPTS;
    if (giveUp) {
      LOG.error("inbox update={} given up after {} attempts: {}", id(claimed), attempts, reason);
    }
    inbox.updateOne(
        Filters.eq("_id", id(claimed)),
        Updates.combine(
            Updates.set("state", giveUp ? "FAILED" : "PENDING"),
            Updates.set("attempts", attempts),
            Updates.set("lastError", reason),
            Updates.set("dueAt", Date.from(clock.instant().plus(retryIn))),
            Updates.unset("leaseUntil")));
  }

  private static String id(Claimed claimed) {
    return claimed.entry().channel() + ":" + claimed.entry().updateId();
  }
}
