package vn.hotline.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The limits are checked against a clock the test moves by hand; nothing sleeps. */
class RateLimitsTest {
  static final Instant T0 = Instant.parse("2021-09-10T08:00:00Z");
  static final long CHAT = 6123457001L;
  static final long GROUP = -1001987654321L;

  final RateLimits limits = new RateLimits(OutboxSettings.defaults());

  @Test
  void aChatGetsOneMessageASecondCountedFromWhenTheLastSendFinished() {
    assertThat(limits.readyAt(CHAT, T0)).isEqualTo(T0);
    RateLimits.Permit permit = limits.take(CHAT, T0);

    assertThat(limits.readyAt(CHAT, T0.plusSeconds(5)))
        .as("in flight: only its end frees the slot")
        .isEqualTo(Instant.MAX);
    limits.finished(permit, at(120));
    assertThat(limits.readyAt(CHAT, at(130))).isEqualTo(at(1120));
    assertThat(limits.readyAt(CHAT + 1, at(130))).as("another chat").isEqualTo(at(130));
    assertThat(limits.readyAt(CHAT, at(2000))).isEqualTo(at(2000));
  }

  @Test
  void aGroupGetsTwentyMessagesAMinuteOnTopOfOneASecond() {
    Instant now = T0;
    for (int i = 0; i < 20; i++) {
      now = limits.readyAt(GROUP, now);
      limits.finished(limits.take(GROUP, now), now.plusMillis(10));
    }
    assertThat(now).isEqualTo(T0.plusSeconds(19).plusMillis(190));
    assertThat(limits.readyAt(GROUP, now.plusSeconds(2)))
        .as("the 21st waits for the first to leave the minute")
        .isEqualTo(T0.plusSeconds(60).plusMillis(10));
  }

  @Test
  void allChatsTogetherGetThirtyMessagesASecond() {
    for (int i = 0; i < 30; i++) {
      assertThat(limits.readyAt(CHAT + i, T0)).isEqualTo(T0);
      limits.finished(limits.take(CHAT + i, T0), at(i));
    }
    assertThat(limits.readyAt(CHAT + 30, at(40))).isEqualTo(at(1000));
  }

  @Test
  void sendsInFlightHoldTheGlobalLimitUntilTheyFinish() {
    RateLimits limits =
        new RateLimits(
            OutboxSettings.defaults()
                .withLimits(
                    1, Duration.ofSeconds(1), 20, Duration.ofMinutes(1), 2, Duration.ofSeconds(1)));
    RateLimits.Permit first = limits.take(CHAT, T0);
    limits.take(CHAT + 1, T0);
    assertThat(limits.readyAt(CHAT + 2, at(5000))).isEqualTo(Instant.MAX);
    limits.finished(first, at(5000));
    assertThat(limits.readyAt(CHAT + 2, at(5000))).isEqualTo(at(6000));
  }

  @Test
  void aChatToldToWaitBy429WaitsThatLongWhateverTheWindowsSay() {
    limits.pause(CHAT, T0.plusSeconds(7));
    assertThat(limits.readyAt(CHAT, T0)).isEqualTo(T0.plusSeconds(7));
    assertThat(limits.readyAt(CHAT + 1, T0)).isEqualTo(T0);
    limits.pause(CHAT, T0.plusSeconds(3));
    assertThat(limits.readyAt(CHAT, T0))
        .as("a shorter pause does not shorten a longer one")
        .isEqualTo(T0.plusSeconds(7));
  }

  @Test
  void manyChatsThatWentQuietAreForgottenWithoutLosingOnesStillLimited() {
    for (int i = 0; i < 5000; i++) {
      Instant now = T0.plusSeconds(i);
      limits.finished(limits.take(CHAT + i, now), now);
    }
    Instant last = T0.plusSeconds(4999);
    assertThat(limits.readyAt(CHAT + 4999, last)).isEqualTo(last.plusSeconds(1));
  }

  static Instant at(long millis) {
    return T0.plusMillis(millis);
  }
}
