package vn.hotline.store;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.notify.OutboxQueue;

/**
 * The outbox in two collections. {@code outbox} holds one document per message, its id the message
 * id, so that a message queued twice is stored once. {@code outbox_lanes} holds per lane the ids of
 * its unfinished messages in the order they were queued: that list gives each chat its order, and
 * the sender finds its work by reading the lanes, which stay small, instead of scanning every
 * message ever sent (the embedded server ignores non-unique indexes, so an index on the state would
 * not help). What this process queues and changes is also kept in {@link KnownLanes}, so that the
 * sender reads the lanes whole only on its slow poll.
 */
public final class MongoOutbox implements OutboxQueue {
  static final String COLLECTION = "outbox";
  private static final Logger LOG = LoggerFactory.getLogger(MongoOutbox.class);
  private static final Bson LANE = Projections.include("lane");

  private final MongoCollection<Document> outbox;
  private final OutboxLanes lanes;
  private final Durability durability;
  private final Clock clock;
  private final KnownLanes known = new KnownLanes();
  private final Batches<List<OutboundMessage>, Boolean> enqueues = new Batches<>(this::enqueueAll);
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  public MongoOutbox(MongoStore store, Clock clock) {
    this.outbox = store.database().getCollection(COLLECTION);
    this.lanes = new OutboxLanes(store.database().getCollection(OutboxLanes.COLLECTION), outbox);
    this.durability = store.durability();
    this.clock = clock;
  }

  @Override
  public void enqueue(List<OutboundMessage> messages) {
    if (!messages.isEmpty()) {
      enqueues.submit(messages);
      // Here, not in the batch: whether to wait is each caller's own (see Replayed).
      durability.sync();
    }
  }

  // The messages of every enqueue that arrived while the previous batch was written: one write of
  // the lanes and one insert for all of them.
  private List<Boolean> enqueueAll(List<List<OutboundMessage>> batch) {
    List<OutboundMessage> messages = batch.stream().flatMap(List::stream).toList();
    Instant at = clock.instant();
    Date now = Date.from(at);
    Map<String, List<OutboundMessage>> byLane = new LinkedHashMap<>();
    for (OutboundMessage m : messages) {
      byLane.computeIfAbsent(OutboxDocuments.lane(m), lane -> new ArrayList<>()).add(m);
    }
    // Lane entries first: a crash between the two writes leaves an entry without its message, which
    // is dropped later, never a message without an entry, which would never be sent.
    Map<String, List<Document>> entries = new LinkedHashMap<>();
    byLane.forEach(
        (lane, queued) ->
            entries.put(
                lane,
                queued.stream().map(m -> new Document("id", m.id()).append("at", now)).toList()));
    lanes.append(entries);
    Set<String> queuedBefore =
        insertNew(messages.stream().map(m -> OutboxDocuments.toDocument(m, now)).toList());
    byLane.forEach(
        (lane, queued) -> {
          if (queued.stream().anyMatch(m -> queuedBefore.contains(m.id()))) {
            known.reread(lane); // what became of the first copy is in the store
          } else {
            known.queued(lane, OutboxDocuments.head(queued.getFirst(), at), queued.size());
          }
        });
    listeners.forEach(Runnable::run);
    return batch.stream().map(queued -> true).toList();
  }

  /** Inserts the messages not stored yet; returns the ids of those that were. */
  private Set<String> insertNew(List<Document> documents) {
    try {
      outbox.insertMany(documents, new InsertManyOptions().ordered(false));
      return Set.of();
    } catch (MongoBulkWriteException e) {
      // A message queued before (redone work) keeps its first copy and whatever became of it.
      if (!e.getWriteErrors().stream().allMatch(error -> error.getCode() == 11000)) {
        throw e;
      }
      return e.getWriteErrors().stream()
          .map(error -> documents.get(error.getIndex()).getString("_id"))
          .collect(Collectors.toSet());
    }
  }

  @Override
  public Heads heads(Instant now) {
    KnownLanes.Reading reading = known.toRead();
    if (reading.everyLane()) {
      known.read(reading, lanes.heads(now));
    } else if (!reading.lanes().isEmpty()) {
      known.read(reading, lanes.heads(now, reading.lanes()));
    }
    return known.heads();
  }

  @Override
  public void refresh() {
    known.forgetAll();
  }

  @Override
  public Optional<Claimed> claim(String id, String owner, Instant now, Duration lease) {
    Document before =
        outbox.findOneAndUpdate(
            Filters.and(
                Filters.eq("_id", id),
                Filters.eq("state", State.PENDING.name()),
                Filters.lte("dueAt", Date.from(now))),
            Updates.combine(
                Updates.set("state", State.SENDING.name()),
                Updates.set("owner", owner),
                Updates.set("leaseUntil", Date.from(now.plus(lease)))),
            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
    if (before == null) {
      // Someone else has it, or it changed since its lane was read.
      Optional.ofNullable(outbox.find(Filters.eq("_id", id)).projection(LANE).first())
          .ifPresent(message -> known.reread(message.getString("lane")));
      return Optional.empty();
    }
    known.reread(before.getString("lane"));
    // The claim must outlive a crash before anything is sent, or a restarted sender would find the
    // message pending and send it a second time.
    durability.sync();
    return Optional.of(
        new Claimed(OutboxDocuments.message(before), owner, before.getInteger("attempts", 0)));
  }

  @Override
  public void sent(Claimed claimed, long messageId, Instant at) {
    finish(
        claimed,
        Updates.combine(
            Updates.set("state", State.SENT.name()),
            Updates.set("messageId", messageId),
            Updates.set("finishedAt", Date.from(at))));
  }

  @Override
  public void retry(Claimed claimed, int attempts, Instant dueAt, String reason) {
    boolean mine =
        outbox
                .updateOne(
                    heldBy(claimed),
                    Updates.combine(
                        Updates.set("state", State.PENDING.name()),
                        Updates.set("attempts", attempts),
                        Updates.set("dueAt", Date.from(dueAt)),
                        Updates.set("reason", reason),
                        Updates.unset("leaseUntil")))
                .getModifiedCount()
            == 1;
    if (!mine) {
      lost(claimed);
    }
    known.reread(OutboxDocuments.lane(claimed.message()));
  }

  @Override
  public void giveUp(Claimed claimed, State state, String reason, Instant at) {
    if (state != State.FAILED && state != State.UNCERTAIN) {
      throw new IllegalArgumentException(
          "a message is given up as FAILED or UNCERTAIN, not " + state);
    }
    finish(
        claimed,
        Updates.combine(
            Updates.set("state", state.name()),
            Updates.set("reason", reason),
            Updates.set("finishedAt", Date.from(at))));
  }

  @Override
  public boolean abandon(Head head, Instant now) {
    boolean abandoned =
        outbox
                .updateOne(
                    Filters.and(
                        Filters.eq("_id", head.id()),
                        Filters.eq("state", State.SENDING.name()),
                        Filters.lte("leaseUntil", Date.from(now))),
                    Updates.combine(
                        Updates.set("state", State.UNCERTAIN.name()),
                        Updates.set("reason", "INTERRUPTED: its sender stopped while sending it"),
                        Updates.set("finishedAt", Date.from(now)),
                        Updates.unset("leaseUntil")))
                .getModifiedCount()
            == 1;
    if (abandoned) {
      lanes.leave(head.lane(), head.id());
    }
    known.reread(head.lane());
    return abandoned;
  }

  @Override
  public Optional<Entry> find(String id) {
    Bson fields = Projections.exclude("text", "keyboard");
    Document found = outbox.find(Filters.eq("_id", id)).projection(fields).first();
    return Optional.ofNullable(found).map(OutboxDocuments::entry);
  }

  @Override
  public void whenEnqueued(Runnable listener) {
    listeners.add(listener);
  }

  private void finish(Claimed claimed, Bson changes) {
    boolean mine =
        outbox
                .updateOne(heldBy(claimed), Updates.combine(changes, Updates.unset("leaseUntil")))
                .getModifiedCount()
            == 1;
    if (!mine) {
      lost(claimed);
    }
    String lane = OutboxDocuments.lane(claimed.message());
    lanes.leave(lane, claimed.message().id());
    known.reread(lane);
  }

  private static Bson heldBy(Claimed claimed) {
    return Filters.and(
        Filters.eq("_id", claimed.message().id()),
        Filters.eq("state", State.SENDING.name()),
        Filters.eq("owner", claimed.owner()));
  }

  private static void lost(Claimed claimed) {
    LOG.warn(
        "outbox message={} was no longer held by {} when its attempt ended (lease too short?)",
        claimed.message().id(),
        claimed.owner());
  }
}
