package vn.hotline.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.hotline.notify.OutboxQueue.Head;

/**
 * The {@code outbox_lanes} collection: one document per lane that has unfinished messages, listing
 * their ids in the order they were queued. Appending and leaving are single atomic updates, so
 * lanes stay consistent under any number of writers.
 */
final class OutboxLanes {
  static final String COLLECTION = "outbox_lanes";
  // A lane entry whose message is still missing this long after it was queued is left over from an
  // enqueue that stopped half-way; younger ones may belong to an enqueue in progress.
  private static final Duration ORPHAN_AFTER = Duration.ofMinutes(1);

  private static final int DUPLICATE_KEY = 11000;

  private final MongoCollection<Document> lanes;
  private final MongoCollection<Document> outbox;

  OutboxLanes(MongoCollection<Document> lanes, MongoCollection<Document> outbox) {
    this.lanes = lanes;
    this.outbox = outbox;
  }

  /**
   * Adds entries ({@code {id, at}}) at the end of each lane, creating lanes as need be, in one
   * write.
   */
  void append(Map<String, List<Document>> entries) {
    List<String> lanesInOrder = List.copyOf(entries.keySet());
    List<UpdateOneModel<Document>> pushes =
        lanesInOrder.stream()
            .map(
                lane ->
                    new UpdateOneModel<Document>(
                        Filters.eq("_id", lane),
                        Updates.pushEach("queue", entries.get(lane)),
                        new UpdateOptions().upsert(true)))
            .toList();
    try {
      lanes.bulkWrite(pushes, new BulkWriteOptions().ordered(false));
    } catch (MongoBulkWriteException e) {
      for (var error : e.getWriteErrors()) {
        if (error.getCode() != DUPLICATE_KEY) {
          throw e;
        }
        String lane = lanesInOrder.get(error.getIndex());
        append(lane, entries.get(lane));
      }
    }
  }

  /** Adds entries ({@code {id, at}}) at the end of {@code lane}, creating it if need be. */
  void append(String lane, List<Document> entries) {
    Bson push = Updates.pushEach("queue", entries);
    try {
      lanes.updateOne(Filters.eq("_id", lane), push, new UpdateOptions().upsert(true));
    } catch (MongoWriteException e) {
      // Two first entries of a lane raced to create it; the lane exists now.
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      lanes.updateOne(Filters.eq("_id", lane), push);
    }
  }

  /** Takes a finished message out of its lane, and the lane away if nothing else waits in it. */
  void leave(String lane, String id) {
    Document before =
        lanes.findOneAndUpdate(
            Filters.eq("_id", lane), Updates.pull("queue", new Document("id", id)));
    boolean emptied =
        before != null
            && before.getList("queue", Document.class, List.of()).stream()
                .allMatch(entry -> id.equals(entry.getString("id")));
    if (emptied) {
      // Guarded by emptiness: an entry appended meanwhile keeps the lane.
      lanes.deleteOne(Filters.and(Filters.eq("_id", lane), Filters.size("queue", 0)));
    }
  }

  /** The first unfinished message of every lane. */
  List<Head> heads(Instant now) {
    return new LaneScan(outbox, lanes, new Document(), now, ORPHAN_AFTER, this::leave).heads();
  }

  /** The first unfinished message of each of {@code only} that has one. */
  List<Head> heads(Instant now, Collection<String> only) {
    Bson which = Filters.in("_id", only);
    return new LaneScan(outbox, lanes, which, now, ORPHAN_AFTER, this::leave).heads();
  }
}
