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
  private final Counters counters;
  private final Durability durability;

  MongoTickets(MongoStore store) {
    this.tickets = store.database().getCollection(COLLECTION);
    this.counters = new Counters(store.database().getCollection("counters"), CODE_BLOCK);
    this.durability = store.durability();
  }

  @Override
  public Ticket file(NewTicket draft) {
    while (true) {
      Ticket ticket =
          Ticket.filed(TicketCode.of(draft.codePrefix(), counters.next(SEQUENCE)), draft);
      try {
        tickets.insertOne(TicketDocuments.toDocument(ticket, draft.origin()));
        durability.sync();
        return ticket;
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        Document earlier = tickets.find(Filters.eq("origin", draft.origin())).first();
        if (earlier != null) {
          durability.sync();
          return TicketDocuments.fromDocument(earlier);
        }
        // Otherwise two prefixes ran into each other (PN + KK7Q, PNK + K7Q...): skip that code.
      }
    }
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
