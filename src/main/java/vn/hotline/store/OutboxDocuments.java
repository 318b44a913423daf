package vn.hotline.store;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Binary;
import vn.hotline.notify.Button;
import vn.hotline.notify.Keyboard;
import vn.hotline.notify.OutboundFile;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.notify.OutboxQueue.Entry;
import vn.hotline.notify.OutboxQueue.Head;
import vn.hotline.notify.OutboxQueue.State;

/**
 * Maps outbox messages to documents of the {@code outbox} collection and back; the id is the
 * message id.
 */
final class OutboxDocuments {
  private OutboxDocuments() {}

  /** The lane of a message: its chat, except for callback answers, which wait for nothing. */
  static String lane(OutboundMessage m) {
    return m.kind() == OutboundMessage.Kind.ANSWER_CALLBACK
        ? "callback:" + m.id()
        : "chat:" + m.chatId();
  }

  static Document toDocument(OutboundMessage m, Date queuedAt) {
    return new Document("_id", m.id())
        .append("lane", lane(m))
        .append("chatId", m.chatId())
        .append("kind", m.kind().name())
        .append("text", m.text())
        .append("keyboard", keyboard(m.keyboard()))
        .append("photo", m.photo())
        .append("target", m.target())
        .append("tag", m.tag())
        .append("file", file(m.file()))
        .append("state", State.PENDING.name())
        .append("attempts", 0)
        .append("queuedAt", queuedAt)
        .append("dueAt", queuedAt);
  }

  /** A message just queued, as the first of its lane. */
  static Head head(OutboundMessage m, Instant queuedAt) {
    return new Head(
        m.id(), lane(m), m.chatId(), m.kind(), State.PENDING, queuedAt, queuedAt, null, 1);
  }

  static OutboundMessage message(Document d) {
    return new OutboundMessage(
        d.getString("_id"),
        d.get("chatId", Number.class).longValue(),
        OutboundMessage.Kind.valueOf(d.getString("kind")),
        d.getString("text"),
        keyboard(d.get("keyboard", Document.class)),
        d.getString("photo"),
        d.getString("target"),
        d.getString("tag"),
        file(d.get("file", Document.class)));
  }

  static Entry entry(Document d) {
    return new Entry(
        d.getString("_id"),
        d.get("chatId", Number.class).longValue(),
        State.valueOf(d.getString("state")),
        d.getInteger("attempts", 0),
        d.get("messageId", 0L),
        d.get("reason", ""));
  }

  // The bytes go in as BSON binary (generic subtype), with the message they belong to: a report
  // is sent from the outbox alone, as any message.
  private static Document file(OutboundFile file) {
    return file == null
        ? null
        : new Document("name", file.name()).append("bytes", new Binary(file.bytes()));
  }

  // Documents queued before files existed have no field; read as no file.
  private static OutboundFile file(Document d) {
    if (d == null) {
      return null;
    }
    Object bytes = d.get("bytes");
    return new OutboundFile(
        d.getString("name"), bytes instanceof Binary binary ? binary.getData() : (byte[]) bytes);
  }

  private static Document keyboard(Keyboard keyboard) {
    return switch (keyboard) {
      case null -> null;
      case Keyboard.Inline inline ->
          new Document("type", "inline").append("rows", rows(inline.rows()));
      case Keyboard.Reply reply -> new Document("type", "reply").append("rows", rows(reply.rows()));
      case Keyboard.Remove remove -> new Document("type", "remove");
      case Keyboard.ForceReply force ->
          new Document("type", "forceReply").append("placeholder", force.placeholder());
    };
  }

  private static Keyboard keyboard(Document d) {
    if (d == null) {
      return null;
    }
    return switch (d.getString("type")) {
      case "inline" -> new Keyboard.Inline(rows(d));
      case "reply" -> new Keyboard.Reply(rows(d));
      case "forceReply" -> new Keyboard.ForceReply(d.getString("placeholder"));
      default -> new Keyboard.Remove();
    };
  }

  private static List<List<Document>> rows(List<List<Button>> rows) {
    return rows.stream().map(row -> row.stream().map(OutboxDocuments::button).toList()).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<List<Button>> rows(Document d) {
    return d.getList("rows", List.class).stream()
        .map(row -> ((List<Document>) row).stream().map(OutboxDocuments::button).toList())
        .toList();
  }

  private static Document button(Button b) {
    return new Document("text", b.text())
        .append("data", b.callbackData())
        .append("location", b.requestLocation())
        .append("contact", b.requestContact());
  }

  private static Button button(Document d) {
    return new Button(
        d.getString("text"),
        d.getString("data"),
        d.getBoolean("location", false),
        d.getBoolean("contact", false));
  }
}
