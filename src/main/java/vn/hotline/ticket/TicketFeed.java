package vn.hotline.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps read models (the SLA clock's due times, the supervisors' statistics) in step with the
 * stored tickets without asking the store for all of them again: every ticket once at start-up,
 * then each ticket this instance saves as it is saved, and, when other instances share the store,
 * the tickets they changed, read by the time of their last change.
 *
 * <p>Readers must accept the same ticket more than once and an older version after a newer one
 * (keep the higher {@link Ticket#version()}).
 */
public final class TicketFeed {
  /** How far back each poll looks beyond the last change it saw: clocks and saves are not exact. */
  static final Duration OVERLAP = Duration.ofSeconds(10);

  private static final int PAGE = 1000;

  private final WatchedTickets tickets;
  private final List<Consumer<Ticket>> readers = new CopyOnWriteArrayList<>();
  private volatile Instant seenUpTo = Instant.EPOCH;

  public TicketFeed(WatchedTickets tickets) {
    this.tickets = tickets;
  }

  /** Adds a reader; call before {@link #start}. */
  public void feed(Consumer<Ticket> reader) {
    readers.add(reader);
  }

  /**
   * Reads every stored ticket into the readers, then tells them of each save. Saves made while the
   * start-up reading runs reach the readers too, possibly before the older copy read from the
   * store: hence readers keep the higher version.
   */
  public void start(Instant now) {
    tickets.watch(this::tell);
    seenUpTo = now.minus(OVERLAP);
    tickets.each(this::tell);
  }

  /** Reads what other instances changed since the last poll. */
  public void poll() {
    Instant from = seenUpTo.minus(OVERLAP);
    while (true) {
      List<Ticket> changed = tickets.changedSince(from, PAGE);
      changed.forEach(this::tell);
      if (changed.isEmpty()) {
        return;
      }
      Instant last = changed.getLast().updatedAt();
      if (last.isAfter(seenUpTo)) {
        seenUpTo = last;
      }
      if (changed.size() < PAGE || !last.isAfter(from)) {
        return;
      }
      from = last;
    }
  }

  private void tell(Ticket ticket) {
    readers.forEach(reader -> reader.accept(ticket));
  }
}
