package vn.hotline.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.hotline.notify.Delivery.Outcome;
import vn.hotline.notify.OutboxQueue.State;
import vn.hotline.notify.RetryPolicy.Decision;

class RetryPolicyTest {
  static final Instant NOW = Instant.parse("2021-09-10T08:00:00Z");

  final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofSeconds(10));

  @Test
  void theWaitDoublesAfterEachFailureUpToTheCap() {
    assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(4));
    assertThat(policy.backoff(3)).isEqualTo(Duration.ofSeconds(8));
    assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(10));
    assertThat(policy.backoff(60)).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void aServerErrorIsTriedAgainLaterUntilTheLastAttemptFails() {
    assertThat(policy.decide(new Outcome.Transient("HTTP 502"), 0, NOW))
        .isEqualTo(new Decision.TryAgain(NOW.plusSeconds(2), 1, "HTTP 502"));
    assertThat(policy.decide(new Outcome.Transient("HTTP 502"), 3, NOW))
        .isEqualTo(new Decision.TryAgain(NOW.plusSeconds(10), 4, "HTTP 502"));
    assertThat(policy.decide(new Outcome.Transient("HTTP 502"), 4, NOW))
        .isInstanceOfSatisfying(
            Decision.GiveUp.class,
            giveUp -> {
              assertThat(giveUp.state()).isEqualTo(State.FAILED);
              assertThat(giveUp.reason()).contains("5 attempts", "HTTP 502");
            });
  }

  @Test
  void a429WaitsAsToldAndDoesNotCountAsAFailedAttempt() {
    assertThat(policy.decide(new Outcome.RetryAfter(Duration.ofSeconds(33)), 4, NOW))
        .isEqualTo(new Decision.TryAgain(NOW.plusSeconds(33), 4, "429: retry after 33s"));
  }

  @Test
  void aBlockedChatIsGivenUpAtOnce() {
    assertThat(
            policy.decide(
                new Outcome.Permanent("BLOCKED: Forbidden: bot was blocked by the user"), 0, NOW))
        .isEqualTo(
            new Decision.GiveUp(State.FAILED, "BLOCKED: Forbidden: bot was blocked by the user"));
  }

  @Test
  void aRequestThatMayHaveArrivedIsNeverTriedAgain() {
    assertThat(policy.decide(new Outcome.Unknown("NETWORK: unexpected end of stream"), 0, NOW))
        .isEqualTo(new Decision.GiveUp(State.UNCERTAIN, "NETWORK: unexpected end of stream"));
  }

  @Test
  void aDeliveryIsDone() {
    assertThat(policy.decide(new Outcome.Sent(42), 2, NOW)).isEqualTo(new Decision.Delivered(42));
  }

  @Test
  void aRefusedTokenIsNeitherCountedNorGivenUpForAndWaitsTheLongestWait() {
    assertThat(policy.decide(new Outcome.Unauthorised("HTTP 401: Unauthorized"), 4, NOW))
        .isEqualTo(new Decision.TryAgain(NOW.plusSeconds(10), 4, "HTTP 401: Unauthorized"));
  }
}
