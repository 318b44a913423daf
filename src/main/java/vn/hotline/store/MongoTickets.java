package vn.hotline.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
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

  @Override
  public Ticket file(NewTicket draft) {
    Document reserved = origins.find(Filters.eq("_id", draft.origin())).first();
    if (reserved != null) {
      // Filed before (work redone after a crash): the same ticket, or its filing under its code.
      TicketCode code = new TicketCode(reserved.getString("prefix"), reserved.getString("tail"));
      Optional<Ticket> existing = find(code.compact());
      if (existing.isPresent()) {
        durability.sync();
        return existing.get();
      }
      return insert(Ticket.filed(code, draft), draft.origin());
    }
    while (true) {
      TicketCode code = TicketCode.of(draft.codePrefix(), counters.next(SEQUENCE));
      if (find(code.compact()).isPresent()) {
        continue; // two prefixes ran into each other (PN + KK7Q, PNK + K7Q...): skip that code
      }
      try {
        origins.insertOne(
            new Document("_id", draft.origin())
                .append("prefix", code.prefix())
                .append("tail", code.tail()));
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        return file(draft); // the same origin is being filed at this moment by another thread
      }
      return insert(Ticket.filed(code, draft), draft.origin());
    }
  }

  private Ticket insert(Ticket ticket, String origin) {
    tickets.insertOne(TicketDocuments.toDocument(ticket, origin));
    durability.sync();
    return ticket;
  }

  @Override
  public Optional<Ticket> find(String typedCode) {
    return TicketCode.compactKey(typedCode)
        .map(key -> tickets.find(Filters.eq("_id", key)).first())
        .map(TicketDocuments::fromDocument);
  }

  @Override
  public List<Ticket> reportedBy(String channel, String reporterId, int limit) {
    return list(
        Filters.and(Filters.eq("reporter.channel", channel), Filters.eq("reporter.id", reporterId)),
        Sorts.descending("filedAt"),
        limit);
  }

  @Override
  public List<Ticket> queue(Collection<String> unitCodes, int limit) {
    return list(
        Filters.and(
            Filters.in("unit", unitCodes),
            Filters.in("state", TicketDocuments.statesAwaitingOfficer())),
        Sorts.ascending("rank", "filedAt"),
        limit);
  }

  @Override
  public List<Ticket> claimedBy(String officerId, int limit) {
    return list(
        Filters.and(
            Filters.eq("assignee", officerId),
            Filters.in("state", TicketDocuments.statesClaimed())),
        Sorts.ascending("filedAt"),
        limit);
  }

  @Override
  public List<Ticket> latestIn(Collection<String> unitCodes, int limit) {
    return list(Filters.in("unit", unitCodes), Sorts.descending("filedAt"), limit);
  }

  @Override
  public List<Ticket> openFiledSince(Instant since) {
    return list(
        Filters.and(
            Filters.gte("filedAt", Date.from(since)),
            Filters.in("state", TicketDocuments.statesOpen())),
        Sorts.ascending("filedAt"),
        0);
  }

  @Override
  public List<Ticket> duplicatesOf(TicketCode code) {
    return list(Filters.eq("duplicateOf", code.toString()), Sorts.ascending("filedAt"), 0);
  }

  private List<Ticket> list(Bson filter, Bson order, int limit) {
    List<Ticket> found = new ArrayList<>();
    tickets
        .find(filter)
        .sort(order)
        .limit(limit)
        .forEach(d -> found.add(TicketDocuments.fromDocument(d)));
    return found;
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
