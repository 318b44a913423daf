package vn.hotline.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.hotline.category.Priority;
import vn.hotline.intake.Conversation;
import vn.hotline.intake.Conversations;
import vn.hotline.intake.Draft;
import vn.hotline.unit.UnitCode;

/**
 * {@link Conversations} in the {@code conversations} collection, one document per chat. Concurrent
 * finds share one read, and concurrent saves one write and one commit.
 */
final class MongoConversations implements Conversations {
  static final String COLLECTION = "conversations";
  static final String DRAFT_DUE_AT = "draftDueAt";
  private final MongoCollection<Document> conversations;
  private final Durability durability;
  private final Batches<Long, Optional<Conversation>> finds = new Batches<>(this::findAll);
  private final Batches<Conversation, Boolean> saves = new Batches<>(this::saveAll);

  MongoConversations(MongoStore store) {
    this.conversations = store.database().getCollection(COLLECTION);
    this.durability = store.durability();
  }

  @Override
  public Optional<Conversation> find(long chatId) {
    return finds.submit(chatId);
  }

  private List<Optional<Conversation>> findAll(List<Long> chatIds) {
    Map<Long, Conversation> found = new HashMap<>();
    conversations
        .find(Filters.in("_id", Set.copyOf(chatIds)))
        .forEach(d -> found.put(d.get("_id", Number.class).longValue(), read(d)));
    return chatIds.stream().map(id -> Optional.ofNullable(found.get(id))).toList();
  }

  @Override
  public void save(Conversation c) {
    saves.submit(c);
    durability.sync(); // here, not in the batch: whether to wait is each caller's own
  }

  @Override
  public boolean replace(Conversation current, Conversation changed) {
    Draft draft = current.waiting().draft();
    Bson unchanged =
        Filters.and(
            Filters.eq("_id", current.chatId()),
            Filters.eq("lastHandled", lastHandled(current)),
            Filters.eq("draft.origin", draft == null ? null : draft.origin()),
            Filters.eq("draft.filedAs", ""));
    boolean replaced = conversations.replaceOne(unchanged, write(changed)).getMatchedCount() == 1;
    if (replaced) {
      durability.sync();
    }
    return replaced;
  }

  @Override
  public List<Conversation> withDraftsDue() {
    List<Conversation> due = new ArrayList<>();
    conversations.find(Filters.gt(DRAFT_DUE_AT, new Date(0))).forEach(d -> due.add(read(d)));
    return due;
  }

  // In the order they came: two saves of one chat in a batch keep the later.
  private List<Boolean> saveAll(List<Conversation> batch) {
    conversations.bulkWrite(
        batch.stream()
            .map(
                c ->
                    new ReplaceOneModel<>(
                        Filters.eq("_id", c.chatId()), write(c), new ReplaceOptions().upsert(true)))
            .toList());
    return batch.stream().map(c -> true).toList();
  }

  // Every handled update changes it: a guard against saving over a conversation changed meanwhile.
  private static long lastHandled(Conversation c) {
    return c.handledUpdates().isEmpty() ? 0 : c.handledUpdates().getLast();
  }

  private static Document write(Conversation c) {
    Document d = new Document("_id", c.chatId()).append("lastHandled", lastHandled(c));
    // Only while a draft waits to be filed, so that the index on it holds only those.
    if (c.waiting().draft() != null && c.waiting().draft().dueAt() != null) {
      d.append(DRAFT_DUE_AT, date(c.waiting().draft().dueAt()));
    }
    return d.append("language", c.speech().language())
        .append("languageChosen", c.speech().chosen())
        .append("awaiting", c.waiting().awaiting().name())
        .append("draft", c.waiting().draft() == null ? null : write(c.waiting().draft()))
        .append("contactTicket", c.waiting().contactTicket())
        .append("lastTicket", c.last().ticket())
        .append("lastTicketAt", date(c.last().at()))
        .append("lastCommune", text(c.last().commune()))
        .append("floodWindowStart", date(c.flood().windowStart()))
        .append("floodCount", c.flood().count())
        .append("handledUpdates", c.handledUpdates());
  }

  private static Conversation read(Document d) {
    Document draft = d.get("draft", Document.class);
    return new Conversation(
        d.get("_id", Number.class).longValue(),
        new Conversation.Speech(d.getString("language"), d.getBoolean("languageChosen", false)),
        new Conversation.Waiting(
            Conversation.Awaiting.valueOf(d.getString("awaiting")),
            draft == null ? null : readDraft(draft),
            d.getString("contactTicket")),
        new Conversation.LastReport(
            d.getString("lastTicket"),
            instant(d.getDate("lastTicketAt")),
            UnitCode.parse(d.getString("lastCommune")).orElse(null)),
        new Conversation.Flood(
            instant(d.getDate("floodWindowStart")), d.getInteger("floodCount", 0)),
        d.getList("handledUpdates", Long.class, List.of()));
  }

  private static Document write(Draft draft) {
    return new Document("origin", draft.origin())
        .append("text", draft.text())
        .append("photos", draft.photos())
        .append("category", draft.category())
        .append("categoryConfirmed", draft.categoryConfirmed())
        .append("confidence", draft.confidence())
        .append("priority", draft.priority().name())
        .append("unit", text(draft.unitCode()))
        .append("village", text(draft.villageCode()))
        .append("startedAt", date(draft.startedAt()))
        .append("candidates", draft.candidates().stream().map(UnitCode::value).toList())
        .append("dueAt", date(draft.dueAt()))
        .append("filedAs", draft.filedAs());
  }

  private static Draft readDraft(Document d) {
    return new Draft(
        d.get("origin", Number.class).longValue(),
        d.getString("text"),
        d.getList("photos", String.class, List.of()),
        d.getString("category"),
        d.getBoolean("categoryConfirmed", false),
        d.get("confidence", Number.class).doubleValue(),
        Priority.valueOf(d.getString("priority")),
        UnitCode.parse(d.getString("unit")).orElse(null),
        UnitCode.parse(d.getString("village")).orElse(null),
        instant(d.getDate("startedAt")),
        d.getList("candidates", String.class, List.of()).stream().map(UnitCode::new).toList(),
        instant(d.getDate("dueAt")),
        d.getString("filedAs"));
  }

  // An unchosen unit is stored as an empty string, as it always has been.
  private static String text(UnitCode code) {
    return code == null ? "" : code.value();
  }

  private static Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
