package vn.hotline.notify;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Where the dispatcher sleeps: until its next deadline, or until something rings, which cuts the
 * sleep short but not before a given moment, so that a burst of rings costs one round, not many.
 */
final class Alarm {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition rung = lock.newCondition();
  private boolean ringing;

  void ring() {
    lock.lock();
    try {
      ringing = true;
      rung.signal();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Sleeps until {@code deadline}, or until rung but not before {@code notBefore} (both {@link
   * System#nanoTime()} values); returns at once when interrupted, with the flag kept.
   */
  void sleep(long deadline, long notBefore) {
    lock.lock();
    try {
      while (true) {
        long now = System.nanoTime();
        long until = ringing ? Math.min(deadline, Math.max(notBefore, now)) : deadline;
        if (until - now <= 0) {
          break;
        }
        rung.awaitNanos(until - now);
      }
      ringing = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      lock.unlock();
    }
  }
}
