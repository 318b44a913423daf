package vn.hotline.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.hotline.notify.SenderFixture.FAST;
import static vn.hotline.notify.SenderFixture.LAN;
import static vn.hotline.notify.SenderFixture.WAIT;
import static vn.hotline.notify.SenderFixture.text;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentMatcher;
import vn.hotline.notify.Delivery.Outcome;
import vn.hotline.notify.OutboxQueue.State;
import vn.hotline.store.MongoOutbox;
import vn.hotline.store.MongoStore;
import vn.hotline.testing.Eventually;

/**
 * A message whose delivery is in doubt (the connection broke after the request left) may already be
 * on the person's screen: the sender asks the channel for it once and never again. Each test queues
 * a second message behind it in the same chat; once that one is delivered, the lane has moved past
 * the doubtful one, so any second attempt at it would already have been made.
 */
class SenderUncertainDeliveryTest {
  @TempDir Path dataDir;
  MongoStore store;
  MongoOutbox outbox;
  Sender sender;
  final Delivery delivery = mock(Delivery.class);

  @BeforeEach
  void open() {
    store = MongoStore.open("", dataDir);
    outbox = new MongoOutbox(store, Clock.systemUTC());
    when(delivery.deliver(message("after"), anyLong())).thenReturn(new Outcome.Sent(2));
  }

  @AfterEach
  void close() {
    if (sender != null) {
      sender.stop();
    }
    store.close();
  }

  static OutboundMessage message(String id) {
    return argThat(hasId(id));
  }

  static ArgumentMatcher<OutboundMessage> hasId(String id) {
    return m -> m != null && m.id().equals(id);
  }

  void sendBoth() {
    sender = new Sender(outbox, delivery, FAST, Clock.systemUTC(), new SimpleMeterRegistry());
    sender.start();
    outbox.enqueue(
        List.of(
            text("in-doubt", LAN, "Đã nhận phản ánh PN-4K7Q"), text("after", LAN, "Cảm ơn bạn")));
    Eventually.await(
        "the message behind it sent",
        WAIT,
        () -> outbox.find("after").map(e -> e.state() == State.SENT).orElse(false));
  }

  @Test
  void aMessageWhoseDeliveryIsUnknownIsAskedForOnceAndGivenUpAsUncertain() {
    when(delivery.deliver(message("in-doubt"), anyLong()))
        .thenReturn(new Outcome.Unknown("connection reset after the request was sent"));

    sendBoth();

    verify(delivery, times(1)).deliver(argThat(hasId("in-doubt")), anyLong());
    var order = inOrder(delivery);
    order.verify(delivery).deliver(argThat(hasId("in-doubt")), anyLong());
    order.verify(delivery).deliver(argThat(hasId("after")), anyLong());
    assertThat(outbox.find("in-doubt").orElseThrow().state()).isEqualTo(State.UNCERTAIN);
  }

  @Test
  void aDeliveryThatFailsUnexpectedlyIsNotTriedAgain() {
    when(delivery.deliver(message("in-doubt"), anyLong()))
        .thenThrow(new IllegalStateException("the HTTP client broke mid-request"));

    sendBoth();

    verify(delivery, times(1)).deliver(argThat(hasId("in-doubt")), anyLong());
    assertThat(outbox.find("in-doubt").orElseThrow().state()).isEqualTo(State.UNCERTAIN);
  }
}
