package vn.hotline.notify;

import java.time.Duration;
import java.time.Instant;
import vn.hotline.notify.Delivery.Outcome;
import vn.hotline.notify.OutboxQueue.State;

/**
 * What happens to a message after an attempt: done, tried again later, or given up. Failures that
 * may pass are retried after a wait that doubles each time, up to a cap, until {@code maxAttempts}.
 */
record RetryPolicy(int maxAttempts, Duration firstRetry, Duration maxRetry) {

  /** The decision after one attempt. */
  sealed interface Decision {
    record Delivered(long messageId) implements Decision {}

    record TryAgain(Instant at, int attempts, String reason) implements Decision {}

    record GiveUp(State state, String reason) implements Decision {}
  }

  /**
   * Decides after an attempt that ended in {@code outcome}, when {@code attemptsBefore} had failed
   * before it.
   */
  Decision decide(Outcome outcome, int attemptsBefore, Instant now) {
    return switch (outcome) {
      case Outcome.Sent sent -> new Decision.Delivered(sent.messageId());
      // Flood control is no failure: nothing was sent, and Telegram said when to come back.
      case Outcome.RetryAfter flood ->
          new Decision.TryAgain(
              now.plus(flood.delay()),
              attemptsBefore,
              "429: retry after " + flood.delay().toSeconds() + "s");
      case Outcome.Transient failure ->
          attemptsBefore + 1 >= maxAttempts
              ? new Decision.GiveUp(
                  State.FAILED,
                  "GAVE_UP after " + (attemptsBefore + 1) + " attempts: " + failure.reason())
              : new Decision.TryAgain(
                  now.plus(backoff(attemptsBefore + 1)), attemptsBefore + 1, failure.reason());
      // Not counted as an attempt, and never given up for: the message waits for new credentials.
      case Outcome.Unauthorised refused ->
          new Decision.TryAgain(now.plus(maxRetry), attemptsBefore, refused.reason());
      case Outcome.Permanent refusal -> new Decision.GiveUp(State.FAILED, refusal.reason());
      case Outcome.Unknown unknown -> new Decision.GiveUp(State.UNCERTAIN, unknown.reason());
    };
  }

  /**
   * The wait after the {@code failures}-th failure in a row: first, twice that, four times... up to
   * the cap.
   */
  Duration backoff(int failures) {
    Duration wait = firstRetry;
    for (int i = 1; i < failures && wait.compareTo(maxRetry) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxRetry) < 0 ? wait : maxRetry;
  }
}
