package vn.hotline.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hotline.notify.SenderFixture.FAST;
import static vn.hotline.notify.SenderFixture.LAN;
import static vn.hotline.notify.SenderFixture.MINH;
import static vn.hotline.notify.SenderFixture.WAIT;
import static vn.hotline.notify.SenderFixture.text;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.notify.OutboxQueue.State;
import vn.hotline.store.MongoOutbox;
import vn.hotline.telegram.BotApiCall;
import vn.hotline.telegram.BotApiDelivery;
import vn.hotline.testing.Eventually;

/** The sender delivering, in order and once, against the embedded store and the fake Bot API. */
class SenderIT {

  @TempDir Path dataDir;
  SenderFixture fixture;

  @BeforeEach
  void open() {
    fixture = new SenderFixture(dataDir);
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void eachChatGetsItsMessagesInTheOrderTheyWereQueued() {
    fixture.start(FAST);
    for (int i = 0; i < 10; i++) {
      fixture.outbox.enqueue(
          List.of(text("lan-" + i, LAN, "Lan " + i), text("minh-" + i, MINH, "Minh " + i)));
    }
    assertThat(fixture.telegram.awaitMessages(LAN, 10, WAIT))
        .extracting(BotApiCall::text)
        .containsExactly(IntStream.range(0, 10).mapToObj(i -> "Lan " + i).toArray(String[]::new));
    assertThat(fixture.telegram.awaitMessages(MINH, 10, WAIT))
        .extracting(BotApiCall::text)
        .containsExactly(IntStream.range(0, 10).mapToObj(i -> "Minh " + i).toArray(String[]::new));
  }

  @Test
  void anEditWaitsUntilItsTargetIsSentAndEditsItsTelegramMessage() {
    fixture.start(FAST);
    fixture.telegram.failNext("sendMessage", 2);
    fixture.outbox.enqueue(List.of(text("greeting", LAN, "Xin chào")));
    fixture.outbox.enqueue(
        List.of(
            text("card", LAN, "Phản ánh PN-4K7Q: đang chờ"),
            new OutboundMessage(
                "card-edit",
                LAN,
                OutboundMessage.Kind.EDIT_TEXT,
                "Phản ánh PN-4K7Q: đã tiếp nhận",
                null,
                null,
                "card",
                null)));

    fixture.awaitState("card-edit", State.SENT);
    BotApiCall card = fixture.telegram.sentTo(LAN).get(1);
    BotApiCall edit = fixture.telegram.awaitCalls("editMessageText", 1, WAIT).getFirst();
    assertThat(card.messageId()).isEqualTo(2);
    assertThat(edit.params()).containsEntry("message_id", "2");
    assertThat(edit.at()).isAfter(card.at());
    assertThat(fixture.outbox.find("card-edit").orElseThrow().messageId()).isEqualTo(2);
  }

  @Test
  void anEditOfAMessageThatWasNeverSentIsGivenUp() {
    fixture.start(FAST);
    fixture.telegram.block(LAN);
    fixture.outbox.enqueue(
        List.of(
            text("card", LAN, "x"),
            new OutboundMessage(
                "card-edit",
                LAN,
                OutboundMessage.Kind.EDIT_KEYBOARD,
                null,
                null,
                null,
                "card",
                null)));
    assertThat(fixture.awaitState("card-edit", State.FAILED).reason())
        .startsWith("TARGET_NOT_SENT");
    assertThat(fixture.telegram.calls("editMessageReplyMarkup")).isEmpty();
  }

  @Test
  void twoSendersOnOneStoreNeverSendTheSameMessageTwice() {
    OutboxQueue secondInstance = new MongoOutbox(fixture.store, Clock.systemUTC());
    Sender first = fixture.start(FAST);
    Sender second =
        fixture.start(FAST, secondInstance, BotApiDelivery.create(fixture.telegram.settings()));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      OutboundMessage message = text("m" + i, 7_000_000_000L + i % 30, "message " + i);
      ids.add(message.id());
      (i % 2 == 0 ? fixture.outbox : secondInstance).enqueue(List.of(message));
    }
    Eventually.await(
        "300 messages sent", WAIT, () -> first.counts().sent() + second.counts().sent() >= 300);

    assertThat(ids)
        .allSatisfy(
            id -> assertThat(fixture.outbox.find(id).orElseThrow().state()).isEqualTo(State.SENT));

    List<String> delivered =
        fixture.telegram.calls("sendMessage").stream().map(BotApiCall::text).toList();
    assertThat(delivered).hasSize(300).doesNotHaveDuplicates();
    assertThat(first.counts().sent() + second.counts().sent()).isEqualTo(300);
    assertThat(first.counts().sent()).as("both instances sent").isPositive();
    assertThat(second.counts().sent()).as("both instances sent").isPositive();
  }

  @Test
  void aTextOverTelegramsLimitArrivesCutTo4096Characters() {
    fixture.start(FAST);
    fixture.outbox.enqueue(List.of(text("long", LAN, "<b>Báo cáo</b> " + "đ".repeat(5000))));
    String arrived = fixture.telegram.awaitMessages(LAN, 1, WAIT).getFirst().text();
    assertThat(arrived)
        .hasSize(OutboundMessage.MAX_TEXT)
        .startsWith("<b>Báo cáo</b> đđ")
        .endsWith("đ…");
  }

  @Test
  void anIdleSenderWakesAtOnceWhenAMessageIsQueuedInItsProcess() {
    OutboxSettings slowPoll =
        new OutboxSettings(
            20,
            Duration.ofSeconds(1),
            60,
            Duration.ofSeconds(1),
            200,
            Duration.ofSeconds(1),
            8,
            5,
            Duration.ofMillis(100),
            Duration.ofSeconds(1),
            Duration.ofMinutes(2),
            Duration.ofMinutes(1));
    fixture.start(slowPoll);
    fixture.outbox.enqueue(List.of(text("m0", MINH, "warm up")));
    fixture.telegram.awaitMessages(MINH, 1, WAIT);

    long queued = System.nanoTime();
    fixture.outbox.enqueue(List.of(text("m1", LAN, "now")));
    fixture.telegram.awaitMessages(LAN, 1, Duration.ofSeconds(5));
    assertThat(Duration.ofNanos(System.nanoTime() - queued)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void aStoppedSenderLeavesNewMessagesWaitingForTheNextOne() {
    Sender sender = fixture.start(FAST);
    sender.stop();
    fixture.outbox.enqueue(List.of(text("m1", LAN, "later")));
    assertThat(fixture.outbox.find("m1").orElseThrow().state()).isEqualTo(State.PENDING);

    fixture.start(FAST);
    fixture.awaitState("m1", State.SENT);
  }
}
