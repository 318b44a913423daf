package vn.hotline.store;

import java.nio.file.Path;
import vn.hotline.desk.Prompts;
import vn.hotline.intake.Conversations;
import vn.hotline.intake.Inbox;
import vn.hotline.signin.SignInStore;
import vn.hotline.ticket.Tickets;

/** The embedded store and its repositories for tests outside the store package. */
public final class StoreAccess implements AutoCloseable {
  private final MongoStore store;

  private StoreAccess(MongoStore store) {
    this.store = store;
  }

  public static StoreAccess open(Path dataDir) {
    MongoStore store = MongoStore.open("", dataDir);
    StoreIndexes.create(store.database());
    return new StoreAccess(store);
  }

  public Tickets tickets() {
    return new MongoTickets(store);
  }

  public Conversations conversations() {
    return new MongoConversations(store);
  }

  public Inbox inbox() {
    return new MongoInbox(store);
  }

  /**
   * Stores tickets as they are, a thousand to an insert, for benchmarks that need a store already
   * full; filing them one by one would take hours.
   */
  public void insertAll(java.util.List<vn.hotline.ticket.Ticket> tickets) {
    var collection = store.database().getCollection(MongoTickets.COLLECTION);
    for (int from = 0; from < tickets.size(); from += 1000) {
      collection.insertMany(
          tickets.subList(from, Math.min(tickets.size(), from + 1000)).stream()
              .map(t -> TicketDocuments.toDocument(t, "bench:" + t.code().compact()))
              .toList());
    }
  }

  public SignInStore signIns() {
    return new MongoSignIns(store);
  }

  public Prompts prompts() {
    return new MongoPrompts(store);
  }

  @Override
  public void close() {
    store.close();
  }
}
