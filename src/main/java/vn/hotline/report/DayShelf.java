package vn.hotline.report;

import java.util.Arrays;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * The facts of the tickets filed on one local date. Queries read a day at a time under its read
 * lock, so a save waits at most for one day's scan, never for a whole query.
 */
final class DayShelf {
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private TicketFacts[] facts = new TicketFacts[256];
  private int size;

  /** Adds a ticket's facts and gives its slot. */
  int add(TicketFacts ticket) {
    lock.writeLock().lock();
    try {
      if (size == facts.length) {
        facts = Arrays.copyOf(facts, size * 2);
      }
      facts[size] = ticket;
      return size++;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Replaces the facts in the slot, unless they come from an older version of the ticket. */
  void replace(int slot, TicketFacts ticket) {
    lock.writeLock().lock();
    try {
      if (ticket.version() >= facts[slot].version()) {
        facts[slot] = ticket;
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Shows every ticket of the day to {@code visitor}, which must not keep a reference. */
  void each(Consumer<TicketFacts> visitor) {
    lock.readLock().lock();
    try {
      for (int i = 0; i < size; i++) {
        visitor.accept(facts[i]);
      }
    } finally {
      lock.readLock().unlock();
    }
  }
}
