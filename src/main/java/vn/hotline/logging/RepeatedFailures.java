package vn.hotline.logging;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides which of a stream of like failures is worth a log line: the first, then at most one a
 * window that counts those in between. A full disk failed every webhook call, about 115 lines a
 * second, until the log was the largest thing on the disk.
 */
public final class RepeatedFailures {
  private final Duration window;
  private Instant windowStart;
  private long unlogged;

  public RepeatedFailures(Duration window) {
    this.window = window;
  }

  /**
   * Whether to log this failure; when yes, how many were left unlogged before it (0 for the first
   * of a run).
   */
  public synchronized Optional<Long> occurred(Instant at) {
    if (windowStart != null && at.isBefore(windowStart.plus(window))) {
      unlogged++;
      return Optional.empty();
    }
    long skipped = unlogged;
    windowStart = at;
    unlogged = 0;
    return Optional.of(skipped);
  }
}
