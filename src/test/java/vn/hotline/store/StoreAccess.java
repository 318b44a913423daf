package vn.hotline.store;

import java.nio.file.Path;
import vn.hotline.desk.Prompts;
import vn.hotline.intake.Conversations;
import vn.hotline.intake.Inbox;
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

  public Prompts prompts() {
    return new MongoPrompts(store);
  }

  @Override
  public void close() {
    store.close();
  }
}
