package vn.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.notify.OutboxQueue.Head;
import vn.hotline.notify.OutboxQueue.State;

class KnownLanesTest {
  static final Instant T0 = Instant.parse("2021-09-10T08:00:00Z");

  final KnownLanes known = new KnownLanes();

  @Test
  void everyLaneIsReadFirstAndAfterEachForget() {
    assertThat(known.toRead().everyLane()).isTrue();
    known.read(known.toRead(), List.of(head("m1", "chat:1")));
    assertThat(known.toRead().everyLane()).isFalse();
    assertThat(known.heads()).extracting(Head::id).containsExactly("m1");

    known.forgetAll();
    assertThat(known.toRead().everyLane()).isTrue();
    known.read(known.toRead(), List.of());
    assertThat(known.heads()).as("finished elsewhere").isEmpty();
  }

  @Test
  void whatThisProcessQueuesShowsWithoutAReadingButALaneNotYetReadWaitsForOne() {
    known.queued("chat:1", head("early", "chat:1"), 1);
    assertThat(known.heads()).as("older messages may wait in the store").isEmpty();
    known.read(known.toRead(), List.of(head("old", "chat:1")));

    known.queued("chat:1", head("m2", "chat:1"), 2);
    known.queued("chat:2", head("m3", "chat:2"), 1);

    assertThat(known.toRead().lanes()).isEmpty();
    assertThat(known.heads())
        .extracting(Head::id, Head::queued)
        .containsExactlyInAnyOrder(tuple("old", 3), tuple("m3", 1));
  }

  @Test
  void aLaneChangedWhileItWasReadIsReadAgain() {
    known.read(known.toRead(), List.of(head("m1", "chat:1")));
    known.reread("chat:1");
    KnownLanes.Reading reading = known.toRead();
    assertThat(reading.lanes()).containsExactly("chat:1");

    known.reread("chat:1"); // sent meanwhile
    known.read(reading, List.of(head("m1", "chat:1")));

    assertThat(known.heads()).isEmpty();
    assertThat(known.toRead().lanes()).containsExactly("chat:1");
    known.read(known.toRead(), List.of(head("m2", "chat:1")));
    assertThat(known.heads()).extracting(Head::id).containsExactly("m2");
  }

  private static Head head(String id, String lane) {
    return new Head(id, lane, 1, OutboundMessage.Kind.SEND_TEXT, State.PENDING, T0, T0, null, 1);
  }
}
