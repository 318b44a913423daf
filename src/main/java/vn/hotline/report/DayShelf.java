package vn.hotline.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The facts of the tickets filed on one local date, kept per unit so that a district's query reads
 * only its own units' tickets. Queries read a day at a time under its read lock, so a save waits at
 * most for one day's scan, never for a whole query.
 */
final class DayShelf {
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  // One list per unit number, the last for tickets in units the tree no longer has. A ticket that
  // moves leaves a null behind: transfers are few, and slots then never change.
  private final TicketFacts[][] byUnit;
  private final int[] sizes;
  // Tickets charged with an escalation by a unit whose queue no longer holds them: rare.
  private final Map<Long, TicketFacts> chargedElsewhere = new HashMap<>();

  DayShelf(int units) {
    byUnit = new TicketFacts[units + 1][];
    sizes = new int[units + 1];
  }

  /** What a scan shows a query. */
  interface Visitor {
    /** A ticket in the queue of a unit in the range. */
    void queued(TicketFacts ticket);

    /** A ticket in a queue outside the range, escalated first while a unit in the range held it. */
    void chargedOnly(TicketFacts ticket);
  }

  /**
   * Puts the ticket's facts where they belong, unless they come from an older version than those at
   * {@code location}; gives the new location ({@code unit << 32 | slot}).
   *
   * @param location where the ticket's facts were, or -1 for a ticket new to the book
   * @param key the ticket's key, for the few tickets charged elsewhere
   */
  long put(long location, long key, TicketFacts ticket) {
    lock.writeLock().lock();
    try {
      int unit = ticket.unit() == TicketFacts.NONE ? sizes.length - 1 : ticket.unit();
      long placed = location;
      if (location < 0) {
        placed = add(unit, ticket);
      } else {
        int oldUnit = (int) (location >>> 32);
        int slot = (int) location;
        if (ticket.version() < byUnit[oldUnit][slot].version()) {
          return location;
        }
        if (oldUnit == unit) {
          byUnit[unit][slot] = ticket;
        } else {
          byUnit[oldUnit][slot] = null;
          placed = add(unit, ticket);
        }
      }
      if (FigureDefinitions.escalated(ticket) && ticket.escalatedTo() != ticket.unit()) {
        chargedElsewhere.put(key, ticket);
      } else {
        chargedElsewhere.remove(key);
      }
      return placed;
    } finally {
      lock.writeLock().unlock();
    }
  }

  private long add(int unit, TicketFacts ticket) {
    if (byUnit[unit] == null) {
      byUnit[unit] = new TicketFacts[16];
    } else if (sizes[unit] == byUnit[unit].length) {
      byUnit[unit] = Arrays.copyOf(byUnit[unit], sizes[unit] * 2);
    }
    byUnit[unit][sizes[unit]] = ticket;
    return (long) unit << 32 | sizes[unit]++;
  }

  /** Shows the day's tickets of units {@code low} (included) to {@code high} (excluded). */
  void scan(int low, int high, Visitor visitor) {
    lock.readLock().lock();
    try {
      for (int unit = low; unit < high; unit++) {
        TicketFacts[] facts = byUnit[unit];
        for (int i = 0; i < sizes[unit]; i++) {
          if (facts[i] != null) {
            visitor.queued(facts[i]);
          }
        }
      }
      for (TicketFacts ticket : chargedElsewhere.values()) {
        boolean queuedHere = ticket.unit() >= low && ticket.unit() < high;
        if (!queuedHere && ticket.escalatedTo() >= low && ticket.escalatedTo() < high) {
          visitor.chargedOnly(ticket);
        }
      }
    } finally {
      lock.readLock().unlock();
    }
  }
}
