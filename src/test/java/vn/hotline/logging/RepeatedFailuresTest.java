package vn.hotline.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RepeatedFailuresTest {
  static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");
  final RepeatedFailures failures = new RepeatedFailures(Duration.ofMinutes(1));

  @Test
  void theFirstFailureIsLoggedWithNoneSkipped() {
    assertThat(failures.occurred(T0)).contains(0L);
  }

  @Test
  void failuresWithinTheWindowAreCountedNotLogged() {
    failures.occurred(T0);
    assertThat(failures.occurred(T0.plusSeconds(1))).isEmpty();
    assertThat(failures.occurred(T0.plusSeconds(59))).isEmpty();
  }

  @Test
  void theFirstFailureAfterTheWindowIsLoggedWithTheCountInBetween() {
    failures.occurred(T0);
    failures.occurred(T0.plusSeconds(10));
    failures.occurred(T0.plusSeconds(20));
    assertThat(failures.occurred(T0.plusSeconds(60))).contains(2L);
    assertThat(failures.occurred(T0.plusSeconds(61))).isEmpty();
  }
}
