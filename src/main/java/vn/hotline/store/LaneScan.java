package vn.hotline.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.notify.OutboxQueue.Head;
import vn.hotline.notify.OutboxQueue.State;

/**
 * One reading of the outbox lanes (all, or those {@code which} selects): the first unfinished
 * message of each. Entries of messages that are finished, or were never stored, are dropped on the
 * way; they are what a crash between two writes leaves behind.
 */
final class LaneScan {
  private static final Bson HEAD_FIELDS =
      Projections.include("chatId", "kind", "state", "queuedAt", "dueAt", "leaseUntil");
  private static final List<String> OPEN = List.of(State.PENDING.name(), State.SENDING.name());
  // A few milliseconds of the server's time per query. The embedded server answers a connection's
  // commands on one of a few shared threads: asking for 60,000 messages at once held one for
  // 700 ms, and every connection on that thread waited, the webhook's inbox inserts among them.
  private static final int IDS_PER_QUERY = 500;

  private final MongoCollection<Document> outbox;
  private final MongoCollection<Document> lanes;
  private final Bson which;
  private final Instant now;
  private final Duration orphanAfter;
  private final BiConsumer<String, String> leave;

  LaneScan(
      MongoCollection<Document> outbox,
      MongoCollection<Document> lanes,
      Bson which,
      Instant now,
      Duration orphanAfter,
      BiConsumer<String, String> leave) {
    this.outbox = outbox;
    this.lanes = lanes;
    this.which = which;
    this.now = now;
    this.orphanAfter = orphanAfter;
    this.leave = leave;
  }

  List<Head> heads() {
    Map<String, Deque<Document>> waiting = new LinkedHashMap<>();
    Map<String, Integer> sizes = new HashMap<>();
    for (Document lane : lanes.find(which)) {
      List<Document> queue = lane.getList("queue", Document.class, List.of());
      if (!queue.isEmpty()) {
        waiting.put(lane.getString("_id"), new ArrayDeque<>(queue));
        sizes.put(lane.getString("_id"), queue.size());
      }
    }
    List<Head> heads = new ArrayList<>();
    while (!waiting.isEmpty()) {
      Map<String, Document> messages = firstMessages(waiting);
      for (Iterator<Map.Entry<String, Deque<Document>>> it = waiting.entrySet().iterator();
          it.hasNext(); ) {
        Map.Entry<String, Deque<Document>> lane = it.next();
        Document entry = lane.getValue().peekFirst();
        Document message = messages.get(entry.getString("id"));
        if (message != null && OPEN.contains(message.getString("state"))) {
          heads.add(head(lane.getKey(), message, sizes.get(lane.getKey())));
          it.remove();
        } else if (message == null && !orphaned(entry)) {
          it.remove(); // its enqueue may still be under way: the lane waits for it
        } else {
          leave.accept(lane.getKey(), entry.getString("id"));
          lane.getValue().pollFirst();
          if (lane.getValue().isEmpty()) {
            it.remove();
          }
        }
      }
    }
    return heads;
  }

  private Map<String, Document> firstMessages(Map<String, Deque<Document>> waiting) {
    List<String> ids =
        waiting.values().stream()
            .map(queue -> queue.peekFirst().getString("id"))
            .distinct()
            .toList();
    Map<String, Document> messages = new HashMap<>();
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      outbox
          .find(Filters.in("_id", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))))
          .projection(HEAD_FIELDS)
          .forEach(d -> messages.put(d.getString("_id"), d));
    }
    return messages;
  }

  private boolean orphaned(Document entry) {
    return entry.getDate("at").toInstant().plus(orphanAfter).isBefore(now);
  }

  private static Head head(String lane, Document d, int queued) {
    return new Head(
        d.getString("_id"),
        lane,
        d.get("chatId", Number.class).longValue(),
        OutboundMessage.Kind.valueOf(d.getString("kind")),
        State.valueOf(d.getString("state")),
        d.getDate("queuedAt").toInstant(),
        d.getDate("dueAt").toInstant(),
        d.getDate("leaseUntil") == null ? null : d.getDate("leaseUntil").toInstant(),
        queued);
  }
}
