package vn.hotline.notify;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.hotline.notify.OutboxQueue.Entry;
import vn.hotline.notify.OutboxQueue.State;
import vn.hotline.store.MongoOutbox;
import vn.hotline.store.MongoStore;
import vn.hotline.telegram.BotApiDelivery;
import vn.hotline.telegram.FakeBotApi;
import vn.hotline.testing.Eventually;

/** An embedded store with its outbox, a fake Telegram, and the senders a test starts on them. */
final class SenderFixture implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final long LAN = 6123457001L;
  static final long MINH = 6123457002L;
  // Fast enough to keep the tests short, the same code path as Telegram's limits.
  static final OutboxSettings FAST =
      OutboxSettings.defaults()
          .withLimits(
              20, Duration.ofSeconds(1), 60, Duration.ofSeconds(1), 200, Duration.ofSeconds(1))
          .withRetries(5, Duration.ofMillis(100), Duration.ofSeconds(1));

  final MongoStore store;
  final MongoOutbox outbox;
  final FakeBotApi telegram = FakeBotApi.start();
  private final List<Sender> senders = new ArrayList<>();

  SenderFixture(Path dataDir) {
    store = MongoStore.open("", dataDir);
    outbox = new MongoOutbox(store, Clock.systemUTC());
  }

  Sender start(OutboxSettings settings) {
    return start(settings, outbox, BotApiDelivery.create(telegram.settings()));
  }

  /** A sender as another instance would run it: its own queue object, limits and HTTP client. */
  Sender start(OutboxSettings settings, OutboxQueue queue, Delivery delivery) {
    Sender sender =
        new Sender(queue, delivery, settings, Clock.systemUTC(), new SimpleMeterRegistry());
    senders.add(sender);
    sender.start();
    return sender;
  }

  Entry awaitState(String id, State state) {
    Eventually.await(id + " " + state, WAIT, () -> outbox.find(id).orElseThrow().state() == state);
    return outbox.find(id).orElseThrow();
  }

  static OutboundMessage text(String id, long chat, String text) {
    return OutboundMessage.text(id, chat, text, null);
  }

  @Override
  public void close() {
    senders.forEach(Sender::stop);
    telegram.close();
    store.close();
  }
}
