package vn.hotline.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.hotline.roster.OfficerId;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.CodeKey;
import vn.hotline.ticket.NewTicket;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketCode;
import vn.hotline.ticket.TicketSearch;
import vn.hotline.ticket.Tickets;
import vn.hotline.unit.UnitCode;

/**
 * {@link Tickets} in the {@code tickets} collection, one document per ticket with its history.
 * Concurrent filings share their inserts and one commit.
 */
final class MongoTickets implements Tickets {
  static final String COLLECTION = "tickets";
  private static final String SEQUENCE = "ticket";
  // Reserved per round trip; a restart skips at most this many codes.
  private static final int CODE_BLOCK = 16;
  private static final int DUPLICATE_KEY = 11000;
  private static final int EACH_PAGE = 500;

  private final MongoCollection<Document> tickets;
  // What each filing came from, keyed by _id: the only key the embedded server keeps unique
  // reliably across a crash.
  private final MongoCollection<Document> origins;
  private final Counters counters;
  private final MongoDatabase database;
  private final Durability durability;
  private final Batches<NewTicket, Ticket> filings = new Batches<>(this::fileAll);
  // Read at the first filing rather than at start-up, like the sequence's first block.
  private CodeKey codeKey;

  MongoTickets(MongoStore store) {
    this.tickets = store.database().getCollection(COLLECTION);
    this.origins = store.database().getCollection("ticket_origins");
    this.counters = new Counters(store.database().getCollection("counters"), CODE_BLOCK);
    this.database = store.database();
    this.durability = store.durability();
  }

  @Override
  public Ticket file(NewTicket draft) {
    Ticket filed = filings.submit(draft);
    durability.sync(); // here, not in the batch: whether to wait is each caller's own
    return filed;
  }

  // The drafts of every filing that arrived while the previous batch was written. The common case
  // costs two inserts for the whole batch, the origins with fresh codes, then the tickets.
  // Everything else (filed before, being filed by another thread, a code another prefix
  // already took) shows up as a duplicate _id and is sorted out one by one.
  private List<Ticket> fileAll(List<NewTicket> drafts) {
    List<TicketCode> codes = drafts.stream().map(this::freshCode).toList();
    List<Document> reservations = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      reservations.add(origin(drafts.get(i), codes.get(i)));
    }
    Set<Integer> filedBefore = insertNew(origins, reservations);
    List<Integer> fresh = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      if (!filedBefore.contains(i)) {
        fresh.add(i);
      }
    }
    List<Ticket> filed = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      filed.add(Ticket.filed(codes.get(i), drafts.get(i)));
    }
    Set<Integer> codeTaken =
        insertNew(
            tickets,
            fresh.stream()
                .map(i -> TicketDocuments.toDocument(filed.get(i), drafts.get(i).origin()))
                .toList());
    List<Ticket> results = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      if (filedBefore.contains(i)) {
        results.add(refile(drafts.get(i)));
      } else if (codeTaken.contains(fresh.indexOf(i))) {
        results.add(afterDuplicate(codes.get(i), drafts.get(i)));
      } else {
        results.add(filed.get(i));
      }
    }
    return results;
  }

  /** Inserts the documents not stored yet; returns the indexes of those whose _id was taken. */
  private static Set<Integer> insertNew(
      MongoCollection<Document> collection, List<Document> documents) {
    if (documents.isEmpty()) {
      return Set.of();
    }
    try {
      collection.insertMany(documents, new InsertManyOptions().ordered(false));
      return Set.of();
    } catch (MongoBulkWriteException e) {
      Set<Integer> taken = new HashSet<>();
      for (var error : e.getWriteErrors()) {
        if (error.getCode() != DUPLICATE_KEY) {
          throw e;
        }
        taken.add(error.getIndex());
      }
      return taken;
    }
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
      return ticket;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
    return afterDuplicate(code, draft);
  }

  // The ticket's _id was taken: by this very filing before, or by another prefix's ticket.
  private Ticket afterDuplicate(TicketCode code, NewTicket draft) {
    Document there = tickets.find(Filters.eq("_id", code.compact())).first();
    if (there != null && draft.origin().equals(there.getString("origin"))) {
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
    return TicketCode.of(draft.codePrefix(), counters.next(SEQUENCE), codeKey());
  }

  private synchronized CodeKey codeKey() {
    if (codeKey == null) {
      codeKey = CodeKeys.of(database);
    }
    return codeKey;
  }

  private static Document origin(NewTicket draft, TicketCode code) {
    return new Document("_id", draft.origin())
        .append("prefix", code.prefix())
        .append("tail", code.tail());
  }

  @Override
  public Optional<Ticket> filedFrom(String origin) {
    // The origin names the code it reserved; the ticket is there unless filing stopped half-way,
    // and then it does not count as filed.
    Document reserved = origins.find(Filters.eq("_id", origin)).first();
    if (reserved == null) {
      return Optional.empty();
    }
    TicketCode code = new TicketCode(reserved.getString("prefix"), reserved.getString("tail"));
    return Optional.ofNullable(tickets.find(Filters.eq("_id", code.compact())).first())
        .filter(found -> origin.equals(found.getString("origin")))
        .map(TicketDocuments::fromDocument);
  }

  @Override
  public Optional<Ticket> find(String typedCode) {
    return TicketCode.compactKey(typedCode)
        .map(key -> tickets.find(Filters.eq("_id", key)).first())
        .map(TicketDocuments::fromDocument);
  }

  @Override
  public List<Ticket> reportedBy(Channel channel, String reporterId, int limit) {
    return list(
        Filters.and(
            Filters.eq("reporter.channel", channel.id()), Filters.eq("reporter.id", reporterId)),
        Sorts.descending("filedAt"),
        limit);
  }

  @Override
  public List<Ticket> queue(Collection<UnitCode> unitCodes, int limit) {
    return list(
        Filters.and(
            Filters.in("unit", texts(unitCodes)),
            Filters.in("state", TicketDocuments.statesAwaitingOfficer())),
        Sorts.ascending("rank", "filedAt"),
        limit);
  }

  @Override
  public List<Ticket> claimedBy(OfficerId officerId, int limit) {
    return list(
        Filters.and(
            Filters.eq("assignee", officerId.toString()),
            Filters.in("state", TicketDocuments.statesClaimed())),
        Sorts.ascending("filedAt"),
        limit);
  }

  @Override
  public List<Ticket> latestIn(Collection<UnitCode> unitCodes, int limit) {
    return list(Filters.in("unit", texts(unitCodes)), Sorts.descending("filedAt"), limit);
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

  // Reads the codes first, then the tickets a page at a time by code. The embedded server gathers
  // a whole result in memory before it answers, about 7 KB of heap a ticket: one query for every
  // ticket did not fit 300,000 into a 2 GB heap, while a million codes take a few dozen MB.
  @Override
  public void each(Consumer<Ticket> action) {
    List<Object> page = new ArrayList<>(EACH_PAGE);
    try (var ids =
        tickets.find().projection(Projections.include("_id")).batchSize(EACH_PAGE).cursor()) {
      while (ids.hasNext()) {
        page.add(ids.next().get("_id"));
        if (page.size() == EACH_PAGE || !ids.hasNext()) {
          tickets
              .find(Filters.in("_id", page))
              .forEach(d -> action.accept(TicketDocuments.fromDocument(d)));
          page.clear();
        }
      }
    }
  }

  @Override
  public List<Ticket> changedSince(Instant since, int limit) {
    return list(Filters.gte("updatedAt", Date.from(since)), Sorts.ascending("updatedAt"), limit);
  }

  @Override
  public List<Ticket> search(TicketSearch search, int skip, int limit) {
    List<Bson> conditions = new ArrayList<>();
    conditions.add(Filters.in("unit", texts(search.unitCodes())));
    conditions.add(Filters.gte("filedAt", Date.from(search.filedFrom())));
    conditions.add(Filters.lt("filedAt", Date.from(search.filedUntil())));
    search.state().ifPresent(state -> conditions.add(Filters.eq("state", state.name())));
    search.category().ifPresent(category -> conditions.add(Filters.eq("category", category)));
    List<Ticket> found = new ArrayList<>();
    tickets
        .find(Filters.and(conditions))
        .sort(Sorts.descending("filedAt"))
        .skip(skip)
        .limit(limit)
        .forEach(d -> found.add(TicketDocuments.fromDocument(d)));
    return found;
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

  // Documents hold unit codes as bare text; a UnitCode itself has no codec.
  private static List<String> texts(Collection<UnitCode> unitCodes) {
    return unitCodes.stream().map(UnitCode::value).toList();
  }
}
