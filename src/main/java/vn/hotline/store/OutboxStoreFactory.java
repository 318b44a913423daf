package vn.hotline.store;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import vn.hotline.notify.OutboxQueue;

/**
 * Provides the outbox, with or without Telegram: messages queued while no channel is configured
 * simply wait. The outbox needs no secondary index: every lookup is by id, and the sender reads the
 * small lanes collection whole.
 */
@Factory
class OutboxStoreFactory {

  @Singleton
  OutboxQueue outbox(MongoStore store, Clock clock) {
    return new MongoOutbox(store, clock);
  }
}
