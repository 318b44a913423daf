package vn.hotline.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import vn.hotline.ticket.NewTicket;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketCode;
import vn.hotline.ticket.Tickets;

/** {@link Tickets} in the {@code tickets} collection, one document per ticket with its history. */
final class MongoTickets implements Tickets {
  static final String COLLECTION = "tickets";
  private static final String SEQUENCE = "ticket";
  // Reserved per round trip; a restart skips at most this many codes.
  private static final int CODE_BLOCK = 16;

  private final MongoCollection<Document> tickets;
  // What each filing came from, keyed by _id: the only key the embedded server keeps unique
  // reliably across a crash.
  private final MongoCollection<Document> origins;
  private final Counters counters;
  private final Durability durability;

  MongoTickets(MongoStore store) {
    this.tickets = store.database().getCollection(COLLECTION);
    this.origins = store.database().getCollection("ticket_origins");
    this.counters = new Counters(store.database().getCollection("counters"), CODE_BLOCK);
    this.durability = store.durability();
  }

  // The common case costs two inserts: the origin with a fresh code, then the ticket. Everything
  // else (filed before, being filed by another thread, a code another prefix already took) shows up
  // as a duplicate _id and is sorted out then.
  @Override
  public Ticket file(NewTicket draft) {
    TicketCode code = freshCode(draft);
    try {
      origins.insertOne(origin(draft, code));
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      return refile(draft);
    }
    return insertUnder(code, draft);
  }

  // Filed before (work redone after a crash), maybe only half-way: the origin holds its code.
  private Ticket refile(NewTicket draft) {
    Document reserved = origins.find(Filters.eq("_id", draft.origin())).first();
    if (reserved == null) {
      throw new IllegalStateException("origin " + draft.origin() + " vanished while filing");
    }
    return insertUnder(
        new TicketCode(reserved.getString("prefix"), reserved.getString("tail")), draft);
  }

  private Ticket insertUnder(TicketCode code, NewTicket draft) {
    Ticket ticket = Ticket.filed(code, draft);
    try {
      tickets.insertOne(TicketDocuments.toDocument(ticket, draft.origin()));
      durability.sync();
      return ticket;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
    Document there = tickets.find(Filters.eq("_id", code.compact())).first();
    if (there != null && draft.origin().equals(there.getString("origin"))) {
      durability.sync(); // filed before, or by another thread just now
      return TicketDocuments.fromDocument(there);
    }
    // Two prefixes ran into each other (PN + KK7Q, PNK + K7Q...): the origin moves to a fresh code,
    // unless someone else moved it first.
    TicketCode fresh = freshCode(draft);
    boolean moved =
        origins
                .updateOne(
                    Filters.and(
                        Filters.eq("_id", draft.origin()),
                        Filters.eq("prefix", code.prefix()),
                        Filters.eq("tail", code.tail())),
                    Updates.combine(
                        Updates.set("prefix", fresh.prefix()), Updates.set("tail", fresh.tail())))
                .getModifiedCount()
            == 1;
    return moved ? insertUnder(fresh, draft) : refile(draft);
  }

  private TicketCode freshCode(NewTicket draft) {
    return TicketCode.of(draft.codePrefix(), counters.next(SEQUENCE));
  }

  private static Document origin(NewTicket draft, TicketCode code) {
    return new Document("_id", draft.origin())
        .append("prefix", code.prefix())
        .append("tail", code.tail());
  }

  @Override
  public Optional<Ticket> find(String typedCode) {
    return TicketCode.compactKey(typedCode)
        .map(key -> tickets.find(Filters.eq("_id", key)).first())
        .map(TicketDocuments::fromDocument);
  }

  @Override
  public List<Ticket> reportedBy(String channel, String reporterId, int limit) {
    List<Ticket> found = new ArrayList<>();
    tickets
        .find(
            Filters.and(
                Filters.eq("reporter.channel", channel), Filters.eq("reporter.id", reporterId)))
        .sort(Sorts.descending("filedAt"))
        .limit(limit)
        .forEach(d -> found.add(TicketDocuments.fromDocument(d)));
    return found;
  }

  @Override
  public List<Ticket> queue(String unitCode, int limit) {
    List<Ticket> queue = new ArrayList<>();
    tickets
        .find(
            Filters.and(
                Filters.eq("unit", unitCode),
                Filters.in("state", TicketDocuments.statesAwaitingOfficer())))
        .sort(Sorts.ascending("rank", "filedAt"))
        .limit(limit)
        .forEach(d -> queue.add(TicketDocuments.fromDocument(d)));
    return queue;
  }

  @Override
  public boolean replace(Ticket current, Ticket changed) {
    var guard =
        Filters.and(
            Filters.eq("_id", current.code().compact()),
            Filters.eq("state", current.state().name()),
            Filters.eq("version", current.version()));
    var changes =
        Updates.combine(
            TicketDocuments.toDocument(changed, "").entrySet().stream()
                .filter(field -> !field.getKey().equals("_id") && !field.getKey().equals("origin"))
                .map(field -> Updates.set(field.getKey(), field.getValue()))
                .toList());
    boolean saved = tickets.updateOne(guard, changes).getModifiedCount() == 1;
    if (saved) {
      durability.sync();
    }
    return saved;
  }
}
