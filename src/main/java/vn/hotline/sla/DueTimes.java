package vn.hotline.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketCode;

/**
 * The next service-level step of every open ticket, earliest first, so that the clock looks only at
 * what is due and never scans every ticket. Thread-safe.
 *
 * <p>A ticket has at most one current step (in {@code current}). A step it no longer has stays in
 * the queue until it comes to the head, where it is dropped because it is not the current one (lazy
 * deletion: replacing a step costs a logarithm, not a search of the queue). The queue is rebuilt
 * when such leftovers outnumber the live steps.
 */
public final class DueTimes {
  private static final Comparator<SlaStep> EARLIEST_FIRST =
      Comparator.comparing(SlaStep::due).thenComparing(s -> s.code().toString());
  private static final int COMPACT_SLACK = 1024;

  private final SlaLadder ladder;
  private final Map<TicketCode, SlaStep> current = new HashMap<>();
  private PriorityQueue<SlaStep> queue = new PriorityQueue<>(EARLIEST_FIRST);

  public DueTimes(SlaLadder ladder) {
    this.ladder = ladder;
  }

  /**
   * Works out the ticket's next step and keeps it in place of the one it had; a ticket with no next
   * step (closed, or past the root) is dropped. A ticket older than the one already tracked is
   * ignored, so that a late notice of an earlier change cannot bring back a step already replaced.
   */
  public synchronized void track(Ticket t) {
    SlaStep known = current.get(t.code());
    if (known != null && known.ticketVersion() > t.version()) {
      return;
    }
    Optional<SlaStep> next = ladder.next(t);
    if (next.isEmpty()) {
      current.remove(t.code());
      compactIfSparse();
      return;
    }
    if (next.get().equals(known)) {
      return;
    }
    current.put(t.code(), next.get());
    queue.add(next.get());
    compactIfSparse();
  }

  /** Removes and returns every current step due at or before {@code now}, earliest first. */
  public synchronized List<SlaStep> due(Instant now) {
    List<SlaStep> due = new ArrayList<>();
    while (!queue.isEmpty() && !queue.peek().due().isAfter(now)) {
      SlaStep step = queue.poll();
      if (isCurrent(step)) {
        current.remove(step.code());
        due.add(step);
      }
    }
    return due;
  }

  /**
   * When the next step falls due, or empty when no ticket has one: how long the clock may sleep.
   */
  public synchronized Optional<Instant> earliest() {
    while (!queue.isEmpty() && !isCurrent(queue.peek())) {
      queue.poll();
    }
    return Optional.ofNullable(queue.peek()).map(SlaStep::due);
  }

  /** How many tickets have a next step. */
  public synchronized int size() {
    return current.size();
  }

  private boolean isCurrent(SlaStep step) {
    return current.get(step.code()) == step;
  }

  private void compactIfSparse() {
    if (queue.size() > 2 * current.size() + COMPACT_SLACK) {
      PriorityQueue<SlaStep> live =
          new PriorityQueue<>(Math.max(1, current.size()), EARLIEST_FIRST);
      live.addAll(current.values());
      queue = live;
    }
  }
}
