package vn.hotline.testing;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition with a deadline: the way tests synchronise with other threads and
 * processes.
 */
public final class Eventually {
  private Eventually() {}

  /**
   * Returns once {@code condition} holds; fails with {@code what} when it has not by the deadline.
   */
  public static void await(String what, Duration timeout, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + timeout + " waiting for " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }

  /**
   * Returns the first value {@code value} gives that is not {@code null}; fails with {@code what}
   * when there is none by the deadline.
   */
  public static <T> T awaitValue(String what, Duration timeout, Supplier<T> value) {
    AtomicReference<T> found = new AtomicReference<>();
    await(what, timeout, () -> found.updateAndGet(previous -> value.get()) != null);
    return found.get();
  }
}
