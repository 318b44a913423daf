package vn.hotline.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.function.Predicate;
import org.bson.Document;
import vn.hotline.category.Priority;
import vn.hotline.roster.OfficerId;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Attachment;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Contact;
import vn.hotline.ticket.Deadlines;
import vn.hotline.ticket.Handling;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.Reported;
import vn.hotline.ticket.Reporter;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketCode;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.Whereabouts;
import vn.hotline.triage.GeoPoint;
import vn.hotline.unit.UnitCode;

/**
 * Maps tickets to documents of the {@code tickets} collection and back; the id is the compact code.
 */
final class TicketDocuments {
  private TicketDocuments() {}

  static Document toDocument(Ticket t, String origin) {
    Document document = fields(t, origin);
    // Written only when given, so tickets without coordinates keep their old shape.
    t.reported()
        .location()
        .ifPresent(
            point ->
                document.append(
                    "point",
                    new Document("lat", point.latitude()).append("long", point.longitude())));
    return document;
  }

  private static Document fields(Ticket t, String origin) {
    return new Document("_id", t.code().compact())
        .append("prefix", t.code().prefix())
        .append("tail", t.code().tail())
        .append("unit", t.whereabouts().unitCode().value())
        .append("place", t.whereabouts().place().map(UnitCode::value).orElse(""))
        .append("category", t.reported().category())
        .append("priority", t.reported().priority().name())
        .append("rank", t.reported().priority().ordinal())
        .append("state", t.state().name())
        .append("text", t.reported().text())
        .append(
            "attachments",
            t.reported().attachments().stream().map(TicketDocuments::attachment).toList())
        .append(
            "reporter",
            new Document("channel", t.reported().reporter().channel().id())
                .append("id", t.reported().reporter().id()))
        .append(
            "contact",
            new Document("phone", t.reported().contact().phone())
                .append("address", t.reported().contact().address()))
        .append("confidence", t.reported().confidence())
        .append("assignee", officerId(t.handling().assigneeId()))
        .append(
            "duplicateOf",
            t.handling().duplicateOf() == null ? "" : t.handling().duplicateOf().toString())
        .append("filedAt", Date.from(t.deadlines().filedAt()))
        .append("acknowledgeBy", Date.from(t.deadlines().acknowledgeBy()))
        .append("resolveBy", Date.from(t.deadlines().resolveBy()))
        .append("updatedAt", Date.from(t.updatedAt()))
        .append("history", t.history().stream().map(TicketDocuments::entry).toList())
        .append("version", t.version())
        .append("origin", origin);
  }

  static Ticket fromDocument(Document d) {
    Document reporter = d.get("reporter", Document.class);
    Document contact = d.get("contact", Document.class);
    return new Ticket(
        new TicketCode(d.getString("prefix"), d.getString("tail")),
        TicketState.valueOf(d.getString("state")),
        new Whereabouts(
            new UnitCode(d.getString("unit")), UnitCode.parse(d.getString("place")).orElse(null)),
        new Reported(
            d.getString("category"),
            Priority.valueOf(d.getString("priority")),
            d.getString("text"),
            d.getList("attachments", Document.class).stream()
                .map(TicketDocuments::attachment)
                .toList(),
            new Reporter(Channel.withId(reporter.getString("channel")), reporter.getString("id")),
            new Contact(contact.getString("phone"), contact.getString("address")),
            d.get("confidence", Number.class).doubleValue(),
            point(d.get("point", Document.class))),
        new Handling(officerId(d.getString("assignee")), duplicateOf(d.getString("duplicateOf"))),
        new Deadlines(instant(d, "filedAt"), instant(d, "acknowledgeBy"), instant(d, "resolveBy")),
        d.getList("history", Document.class).stream().map(TicketDocuments::entry).toList(),
        d.get("version", Number.class).longValue());
  }

  private static GeoPoint point(Document d) {
    return d == null
        ? null
        : new GeoPoint(
            d.get("lat", Number.class).doubleValue(), d.get("long", Number.class).doubleValue());
  }

  private static Document attachment(Attachment a) {
    return new Document("kind", a.kind()).append("ref", a.ref()).append("byOfficer", a.byOfficer());
  }

  private static Attachment attachment(Document d) {
    return new Attachment(
        d.getString("kind"), d.getString("ref"), d.getBoolean("byOfficer", false));
  }

  private static Document entry(HistoryEntry e) {
    Document entry =
        new Document("at", Date.from(e.at()))
            .append("role", e.actor().role().name())
            .append("actorId", officerId(e.actor().id()))
            .append("actorName", e.actor().name())
            .append("from", e.from() == null ? null : e.from().name())
            .append("to", e.to().name())
            .append("kind", e.kind().name())
            .append("note", e.note())
            .append("photo", e.photo())
            .append("unit", e.unit() == null ? "" : e.unit().value());
    // Only a change made on the web says so: every other entry keeps the shape it always had.
    if (e.actor().viaWeb()) {
      entry.append("viaWeb", true);
    }
    return entry;
  }

  private static HistoryEntry entry(Document d) {
    String from = d.getString("from");
    return new HistoryEntry(
        instant(d, "at"),
        new Actor(
            Actor.Role.valueOf(d.getString("role")),
            officerId(d.getString("actorId")),
            d.getString("actorName"),
            d.getBoolean("viaWeb", false)),
        from == null ? null : TicketState.valueOf(from),
        TicketState.valueOf(d.getString("to")),
        HistoryEntry.Kind.valueOf(d.getString("kind")),
        d.getString("note"),
        d.getString("photo"),
        UnitCode.parse(d.getString("unit")).orElse(null));
  }

  // Nobody, as an officer's id, is stored as an empty string, as it always has been.
  private static String officerId(OfficerId id) {
    return id == null ? "" : id.toString();
  }

  private static OfficerId officerId(String stored) {
    return stored == null || stored.isEmpty() ? null : new OfficerId(Long.parseLong(stored));
  }

  // A ticket that repeats none keeps an empty string, as it always has.
  private static TicketCode duplicateOf(String stored) {
    return stored == null || stored.isEmpty() ? null : TicketCode.parse(stored);
  }

  private static Instant instant(Document d, String key) {
    return d.getDate(key).toInstant();
  }

  /** The names of the states in which officers have work on a ticket. */
  static List<String> statesAwaitingOfficer() {
    return states(TicketState::awaitsOfficer);
  }

  /** The names of the states of a claimed ticket that is not yet resolved. */
  static List<String> statesClaimed() {
    return states(TicketState::isClaimed);
  }

  /** The names of the open states. */
  static List<String> statesOpen() {
    return states(TicketState::isOpen);
  }

  private static List<String> states(Predicate<TicketState> which) {
    return Arrays.stream(TicketState.values()).filter(which).map(Enum::name).toList();
  }
}
