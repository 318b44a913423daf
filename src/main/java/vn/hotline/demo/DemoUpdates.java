package vn.hotline.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The updates waiting for getUpdates, with the Bot API's offset rules: asking with an offset
 * confirms and forgets every update with a lower id, a negative offset keeps only that many of the
 * newest; a long poll waits until an update arrives or its timeout passes.
 *
 * <p>The service keeps its offset across restarts (in its inbox) while the demo starts afresh, and
 * an update under that offset would be dropped unseen. So ids start from the seconds since 2025
 * began, above those of any earlier run that pushed fewer updates than seconds passed, and go on
 * from the highest offset asked for.
 */
final class DemoUpdates {
  private static final long FIRST_SECOND = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final List<ObjectNode> waiting = new ArrayList<>();
  private long nextId;
  private boolean closed;

  DemoUpdates(Instant now) {
    this.nextId = Math.max(1, now.getEpochSecond() - FIRST_SECOND);
  }

  /** Gives the update the next {@code update_id}, queues it and wakes the long polls. */
  long push(ObjectNode update) {
    lock.lock();
    try {
      long id = nextId++;
      update.put("update_id", id);
      waiting.add(update);
      arrived.signalAll();
      return id;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Confirms what {@code offset} confirms, then returns up to {@code limit} updates, waiting up to
   * {@code timeout} for one.
   */
  List<ObjectNode> poll(long offset, int limit, Duration timeout) {
    long left = timeout.toNanos();
    lock.lock();
    try {
      confirm(offset);
      while (waiting.isEmpty() && left > 0 && !closed) {
        left = arrived.awaitNanos(left);
      }
      return waiting.stream().limit(Math.clamp(limit, 1, 100)).map(ObjectNode::deepCopy).toList();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    } finally {
      lock.unlock();
    }
  }

  /** Whether a long poll is waiting for an update now. */
  boolean polled() {
    lock.lock();
    try {
      return lock.hasWaiters(arrived);
    } finally {
      lock.unlock();
    }
  }

  /** Forgets the waiting updates, as deleteWebhook with drop_pending_updates does. */
  void drop() {
    lock.lock();
    try {
      waiting.clear();
    } finally {
      lock.unlock();
    }
  }

  /** Ends every long poll at once, for shutting down. */
  void close() {
    lock.lock();
    try {
      closed = true;
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void confirm(long offset) {
    if (offset > 0) {
      waiting.removeIf(update -> update.get("update_id").asLong() < offset);
      nextId = Math.max(nextId, offset);
    } else if (offset < 0 && waiting.size() > -offset) {
      waiting.subList(0, waiting.size() - (int) -offset).clear();
    }
  }
}
