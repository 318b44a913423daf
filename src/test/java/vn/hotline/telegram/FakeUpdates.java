package vn.hotline.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The updates waiting for getUpdates, with the Bot API's offset rules: asking with an offset
 * confirms and forgets every update with a lower id; a negative offset keeps only that many of the
 * newest. A long poll waits until an update arrives or its timeout passes.
 */
final class FakeUpdates {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final List<Update> waiting = new ArrayList<>();
  private long nextId = 700_000_001L;
  private boolean closed;

  /** Queues an update; keeps its {@code update_id} if it has one, otherwise gives it the next. */
  long push(String json) {
    ObjectNode update = parse(json);
    lock.lock();
    try {
      long id = update.has("update_id") ? update.get("update_id").asLong() : nextId;
      update.put("update_id", id);
      nextId = Math.max(nextId, id + 1);
      waiting.add(new Update(id, update.toString()));
      arrived.signalAll();
      return id;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Confirms what {@code offset} confirms, then returns up to {@code limit} updates, waiting up to
   * {@code timeout}.
   */
  List<String> poll(long offset, int limit, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      confirm(offset);
      long left = deadline - System.nanoTime();
      while (waiting.isEmpty() && left > 0 && !closed) {
        left = arrived.awaitNanos(left);
      }
      return waiting.stream().limit(Math.max(1, Math.min(limit, 100))).map(Update::json).toList();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    } finally {
      lock.unlock();
    }
  }

  int pending() {
    lock.lock();
    try {
      return waiting.size();
    } finally {
      lock.unlock();
    }
  }

  void clear() {
    lock.lock();
    try {
      waiting.clear();
    } finally {
      lock.unlock();
    }
  }

  /** Ends every long poll at once; for shutting the server down. */
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
      waiting.removeIf(update -> update.id() < offset);
    } else if (offset < 0 && waiting.size() > -offset) {
      waiting.subList(0, waiting.size() - (int) -offset).clear();
    }
  }

  private static ObjectNode parse(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("not an update: " + json, e);
    } catch (ClassCastException e) {
      throw new IllegalArgumentException("an update is a JSON object: " + json, e);
    }
  }

  private record Update(long id, String json) {}
}
