package vn.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.notify.OutboundMessage.Kind;
import vn.hotline.notify.OutboxQueue.Head;
import vn.hotline.notify.OutboxQueue.Heads;
import vn.hotline.notify.OutboxQueue.State;

class KnownLanesTest {
  static final Instant T0 = Instant.parse("2021-09-10T08:00:00Z");
  static final Instant T1 = T0.plusSeconds(5);

  final KnownLanes known = new KnownLanes();

  @Test
  void everyLaneIsReadFirstAndAfterEachForget() {
    assertThat(known.toRead().everyLane()).isTrue();
    known.read(known.toRead(), List.of(head("m1", "chat:1")));
    assertThat(known.toRead().everyLane()).isFalse();
    assertThat(heads()).extracting(Head::id).containsExactly("m1");

    known.forgetAll();
    assertThat(known.toRead().everyLane()).isTrue();
    known.read(known.toRead(), List.of());
    assertThat(heads()).as("finished elsewhere").isEmpty();
  }

  @Test
  void whatThisProcessQueuesShowsWithoutAReadingButALaneNotYetReadWaitsForOne() {
    known.queued("chat:1", head("early", "chat:1"), 1);
    assertThat(heads()).as("older messages may wait in the store").isEmpty();
    known.read(known.toRead(), List.of(head("old", "chat:1")));

    known.queued("chat:1", head("m2", "chat:1"), 2);
    known.queued("chat:2", head("m3", "chat:2"), 1);

    assertThat(known.toRead().lanes()).isEmpty();
    assertThat(heads())
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

    assertThat(heads()).isEmpty();
    assertThat(known.toRead().lanes()).containsExactly("chat:1");
    known.read(known.toRead(), List.of(head("m2", "chat:1")));
    assertThat(heads()).extracting(Head::id).containsExactly("m2");
  }

  @Test
  void headsArePartedByWhetherTheLimitsHoldThemBackAndComeLongestWaitingFirst() {
    Head later = new Head("later", "chat:1", 1, Kind.SEND_TEXT, State.PENDING, T1, T1, null, 3);
    Head earlier = new Head("earlier", "chat:2", 2, Kind.EDIT_TEXT, State.PENDING, T0, T0, null, 1);
    Head answer =
        new Head("answer", "cb:9", 3, Kind.ANSWER_CALLBACK, State.PENDING, T1, T1, null, 1);
    Head held = new Head("held", "chat:4", 4, Kind.SEND_TEXT, State.SENDING, T0, T0, T1, 2);
    known.read(known.toRead(), List.of(later, earlier, answer, held));

    Heads heads = known.heads();
    assertThat(heads.exempt()).extracting(Head::id).containsExactly("held", "answer");
    assertThat(heads.limited()).extracting(Head::id).containsExactly("earlier", "later");
    assertThat(heads.queued()).isEqualTo(7);

    known.reread("chat:1");
    assertThat(known.heads().limited()).extracting(Head::id).containsExactly("earlier");
    assertThat(known.heads().queued()).isEqualTo(4);
  }

  private static Head head(String id, String lane) {
    return new Head(id, lane, 1, OutboundMessage.Kind.SEND_TEXT, State.PENDING, T0, T0, null, 1);
  }

  private List<Head> heads() {
    return all(known.heads());
  }

  /** Both parts of {@code heads}: the exempt, then the limited. */
  static List<Head> all(Heads heads) {
    List<Head> all = new ArrayList<>(heads.exempt());
    heads.limited().forEach(all::add);
    return all;
  }
}
