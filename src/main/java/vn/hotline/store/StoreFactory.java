package vn.hotline.store;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import vn.hotline.desk.Prompts;
import vn.hotline.intake.Conversations;
import vn.hotline.intake.Inbox;
import vn.hotline.signin.SignInStore;
import vn.hotline.store.embedded.BrokenFileExit;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.Tickets;
import vn.hotline.ticket.WatchedTickets;

/** Opens the store once per process and provides the repositories built on it. */
@Factory
class StoreFactory {

  @Singleton
  @Bean(preDestroy = "close")
  MongoStore mongoStore(
      @Value("${hotline.mongodb-uri:}") String uri,
      @Value("${hotline.data-dir}") String dataDir,
      @Value("${hotline.store.file-system:}") String fileSystem) {
    MongoStore store = MongoStore.open(uri, Path.of(dataDir), fileSystem);
    StoreIndexes.create(store.database());
    return store;
  }

  // At start, so that the watch runs whether or not anything asks for it.
  @Context
  @Bean(preDestroy = "close")
  BrokenFileExit brokenFileExit(
      MongoStore store, @Value("${hotline.store.exit-grace:5s}") Duration grace) {
    return store.isEmbedded()
        ? BrokenFileExit.watching(store::brokenFile, grace)
        : BrokenFileExit.none();
  }

  @Singleton
  WatchedTickets tickets(MongoStore store) {
    return new WatchedTickets(new MongoTickets(store));
  }

  @Singleton
  Inbox inbox(MongoStore store) {
    return new MongoInbox(store);
  }

  @Singleton
  Conversations conversations(MongoStore store) {
    return new MongoConversations(store);
  }

  @Singleton
  Prompts prompts(MongoStore store) {
    return new MongoPrompts(store);
  }

  @Singleton
  SignInStore signInStore(MongoStore store) {
    return new MongoSignIns(store);
  }

  @Singleton
  TicketChanges ticketChanges(Tickets tickets) {
    return new TicketChanges(tickets);
  }
}
