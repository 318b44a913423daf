package vn.hotline.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hotline.notify.SenderFixture.FAST;
import static vn.hotline.notify.SenderFixture.LAN;
import static vn.hotline.notify.SenderFixture.MINH;
import static vn.hotline.notify.SenderFixture.text;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.notify.OutboxQueue.State;
import vn.hotline.telegram.BotApiCall;

/** What the sender does when Telegram refuses, fails, or the sender itself dies mid-send. */
class SenderFailuresIT {

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
  void aChatToldToWaitBy429IsNotSentToBeforeRetryAfterHasPassed() {
    Sender sender = fixture.start(FAST);
    fixture.telegram.enforceLimits(
        1, Duration.ofSeconds(2), 20, Duration.ofMinutes(1), 30, Duration.ofSeconds(1));
    fixture.outbox.enqueue(List.of(text("m1", LAN, "1"), text("m2", LAN, "2")));

    fixture.awaitState("m2", State.SENT);
    List<BotApiCall> calls = fixture.telegram.calls("sendMessage");
    BotApiCall refused = calls.stream().filter(c -> c.status() == 429).findFirst().orElseThrow();
    BotApiCall retried = calls.getLast();
    // m2 came well within m1's 2 s, so the fake said "retry after 2".
    assertThat(refused.error()).isEqualTo("Too Many Requests: retry after 2");
    assertThat(retried.ok()).isTrue();
    assertThat(Duration.between(refused.at(), retried.at()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    assertThat(calls).filteredOn(c -> c.status() == 429).hasSize(1);
    assertThat(sender.counts().throttled()).isEqualTo(1);
    assertThat(fixture.outbox.find("m2").orElseThrow().attempts())
        .as("a 429 is no failed attempt")
        .isZero();
  }

  @Test
  void serverErrorsAreRetriedWithGrowingWaitsUntilTheMessageGoesThrough() {
    Sender sender = fixture.start(FAST);
    fixture.telegram.failNext(3);
    fixture.outbox.enqueue(List.of(text("m1", LAN, "kiên nhẫn")));

    assertThat(fixture.awaitState("m1", State.SENT).attempts()).isEqualTo(3);
    List<Instant> at = fixture.telegram.calls("sendMessage").stream().map(BotApiCall::at).toList();
    assertThat(at).hasSize(4);
    assertThat(Duration.between(at.get(0), at.get(1)))
        .isGreaterThanOrEqualTo(Duration.ofMillis(100));
    assertThat(Duration.between(at.get(1), at.get(2)))
        .isGreaterThanOrEqualTo(Duration.ofMillis(200));
    assertThat(Duration.between(at.get(2), at.get(3)))
        .isGreaterThanOrEqualTo(Duration.ofMillis(400));
    assertThat(sender.counts().retried()).isEqualTo(3);
  }

  @Test
  void aMessageThatKeepsFailingIsGivenUpAfterTheLastAttempt() {
    fixture.start(FAST.withRetries(3, Duration.ofMillis(50), Duration.ofMillis(100)));
    fixture.telegram.failNext(10);
    fixture.outbox.enqueue(List.of(text("m1", LAN, "x")));
    assertThat(fixture.awaitState("m1", State.FAILED).reason())
        .startsWith("GAVE_UP after 3 attempts: HTTP 500");
    assertThat(fixture.telegram.calls("sendMessage")).hasSize(3);
  }

  @Test
  void aChatThatBlockedTheBotIsRecordedAsFailedAtOnceAndNotTriedAgain() {
    Sender sender = fixture.start(FAST);
    fixture.telegram.block(LAN);
    fixture.outbox.enqueue(List.of(text("m1", LAN, "x"), text("m2", MINH, "y")));

    assertThat(fixture.awaitState("m1", State.FAILED).reason())
        .isEqualTo("BLOCKED: Forbidden: bot was blocked by the user");
    fixture.awaitState("m2", State.SENT);
    assertThat(fixture.telegram.calls("sendMessage")).filteredOn(c -> c.chatId() == LAN).hasSize(1);
    assertThat(sender.counts().failed()).isEqualTo(1);
  }

  @Test
  void aMessageLeftSendingByACrashedInstanceIsMarkedUncertainAndNeverResent() {
    fixture.outbox.enqueue(
        List.of(text("m1", LAN, "in flight when it crashed"), text("m2", LAN, "after")));
    fixture
        .outbox
        .claim("m1", "crashed-instance", Instant.now(), Duration.ofMillis(500))
        .orElseThrow();
    Sender sender = fixture.start(FAST);

    fixture.awaitState("m2", State.SENT);
    assertThat(fixture.outbox.find("m1").orElseThrow().state()).isEqualTo(State.UNCERTAIN);
    assertThat(fixture.telegram.sentTo(LAN)).extracting(BotApiCall::text).containsExactly("after");
    assertThat(sender.counts().uncertain()).isEqualTo(1);
  }

  @Test
  void aMessageWhoseAnswerWasLostIsMarkedUncertainAndNeverResent() {
    Sender sender = fixture.start(FAST);
    fixture.telegram.loseNextAnswers(1);
    fixture.outbox.enqueue(
        List.of(text("m1", LAN, "arrived, answer lost"), text("m2", LAN, "next")));

    fixture.awaitState("m2", State.SENT);
    assertThat(fixture.outbox.find("m1").orElseThrow().state()).isEqualTo(State.UNCERTAIN);
    assertThat(fixture.telegram.sentTo(LAN))
        .extracting(BotApiCall::text)
        .containsExactly("arrived, answer lost", "next");
    assertThat(sender.counts().uncertain()).isEqualTo(1);
  }
}
