package vn.hotline.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * At most {@code perAddress} requests from one client address in any {@code addressWindow}, and at
 * most {@code overall} from all addresses together in any {@code overallWindow}. Only the requests
 * it lets through are counted: a client that keeps trying while refused waits no longer for it.
 * Kept in memory, per instance of the service.
 *
 * <p>Memory is bounded without a cap of its own: every request remembered also counts towards the
 * overall limit, so no more than {@code overall × (addressWindow / overallWindow + 1)} addresses
 * are ever live, and the idle ones are swept away once there are {@link #SWEEP_AT}.
 */
final class RequestLimiter {
  static final int SWEEP_AT = 1024;

  private final Limit perAddress;
  private final Limit overall;
  private final Clock clock;
  private final Deque<Instant> everyone = new ArrayDeque<>();
  private final Map<String, Deque<Instant>> byAddress = new HashMap<>();

  RequestLimiter(Limit perAddress, Limit overall, Clock clock) {
    this.perAddress = perAddress;
    this.overall = overall;
    this.clock = clock;
  }

  /** How many requests are allowed in any window of the given length. */
  record Limit(int requests, Duration window) {
    Limit {
      if (requests < 1 || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException(
            "a limit needs at least one request in a positive window, not "
                + requests
                + " in "
                + window);
      }
    }
  }

  /** What the limiter says to one request. */
  sealed interface Verdict {}

  /** Let through, and counted. */
  record Pass() implements Verdict {}

  /**
   * Refused: the address ({@code overall} false) or everyone together has had its requests; the
   * oldest of them stops counting after {@code retryAfter}.
   */
  record TooMany(Duration retryAfter, boolean overall) implements Verdict {}

  synchronized Verdict ask(String address) {
    Instant now = clock.instant();
    forgetOlder(everyone, now, overall.window());
    Deque<Instant> own = byAddress.get(address);
    if (own != null) {
      forgetOlder(own, now, perAddress.window());
      if (own.size() >= perAddress.requests()) {
        return new TooMany(Duration.between(now, own.peekFirst().plus(perAddress.window())), false);
      }
    }
    if (everyone.size() >= overall.requests()) {
      return new TooMany(Duration.between(now, everyone.peekFirst().plus(overall.window())), true);
    }
    if (own == null) {
      if (byAddress.size() >= SWEEP_AT) {
        sweep(now);
      }
      own = new ArrayDeque<>();
      byAddress.put(address, own);
    }
    own.addLast(now);
    everyone.addLast(now);
    return new Pass();
  }

  /** The addresses remembered now, idle ones included until the next sweep. */
  synchronized int addresses() {
    return byAddress.size();
  }

  private void sweep(Instant now) {
    byAddress.values().removeIf(times -> forgetOlder(times, now, perAddress.window()).isEmpty());
  }

  private static Deque<Instant> forgetOlder(Deque<Instant> times, Instant now, Duration window) {
    while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
      times.removeFirst();
    }
    return times;
  }
}
