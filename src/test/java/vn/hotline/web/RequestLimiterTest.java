package vn.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.hotline.testing.SettableClock;

class RequestLimiterTest {
  final SettableClock clock = new SettableClock(Instant.parse("2021-09-01T08:00:00Z"));
  final RequestLimiter limiter =
      new RequestLimiter(
          new RequestLimiter.Limit(3, Duration.ofMinutes(10)),
          new RequestLimiter.Limit(5, Duration.ofMinutes(1)),
          clock);

  @Test
  void anAddressOverItsLimitWaitsUntilItsOldestRequestAgesOut() {
    passes("a");
    clock.advance(Duration.ofMinutes(2));
    passes("a");
    passes("a");

    assertThat(limiter.ask("a"))
        .isEqualTo(new RequestLimiter.TooMany(Duration.ofMinutes(8), false));
    clock.advance(Duration.ofMinutes(8).minusSeconds(1));
    assertThat(limiter.ask("a"))
        .isEqualTo(new RequestLimiter.TooMany(Duration.ofSeconds(1), false));
    clock.advance(Duration.ofSeconds(1));
    passes("a");
  }

  @Test
  void refusedRequestsDoNotMakeTheWaitLonger() {
    passes("a");
    passes("a");
    passes("a");
    for (int minute = 1; minute < 10; minute++) {
      clock.advance(Duration.ofMinutes(1));
      assertThat(limiter.ask("a")).isInstanceOf(RequestLimiter.TooMany.class);
    }
    clock.advance(Duration.ofMinutes(1));
    passes("a");
  }

  @Test
  void addressesAreCountedApart() {
    passes("a");
    passes("a");
    passes("a");
    assertThat(limiter.ask("a")).isInstanceOf(RequestLimiter.TooMany.class);
    passes("b");
  }

  @Test
  void everyoneTogetherOverTheOverallLimitIsRefusedAsSuch() {
    for (String address : new String[] {"a", "b", "c", "d", "e"}) {
      passes(address);
    }
    clock.advance(Duration.ofSeconds(20));
    assertThat(limiter.ask("f"))
        .isEqualTo(new RequestLimiter.TooMany(Duration.ofSeconds(40), true));
    clock.advance(Duration.ofSeconds(40));
    passes("f");
  }

  @Test
  void idleAddressesAreForgottenSoMemoryStaysBounded() {
    RequestLimiter roomy =
        new RequestLimiter(
            new RequestLimiter.Limit(1, Duration.ofMinutes(1)),
            new RequestLimiter.Limit(1_000_000, Duration.ofMinutes(1)),
            clock);
    for (int i = 0; i < RequestLimiter.SWEEP_AT; i++) {
      assertThat(roomy.ask("10.0.0." + i)).isEqualTo(new RequestLimiter.Pass());
    }
    clock.advance(Duration.ofMinutes(1));
    assertThat(roomy.ask("192.0.2.1")).isEqualTo(new RequestLimiter.Pass());

    assertThat(roomy.addresses()).isEqualTo(1);
  }

  @Test
  void aLimitNeedsARequestAndAWindow() {
    assertThatThrownBy(() -> new RequestLimiter.Limit(0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RequestLimiter.Limit(1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void passes(String address) {
    assertThat(limiter.ask(address)).isEqualTo(new RequestLimiter.Pass());
  }
}
