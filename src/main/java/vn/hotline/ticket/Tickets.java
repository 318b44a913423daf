package vn.hotline.ticket;

import java.util.List;
import java.util.Optional;

/**
 * Where tickets are kept. Implementations are safe to call from many threads and many instances.
 */
public interface Tickets {

  /**
   * Gives the draft a new code and saves it. When this returns, the ticket survives a crash of the
   * process: it is safe to tell the citizen it was received. A draft whose origin was filed before
   * gives back that ticket instead.
   */
  Ticket file(NewTicket draft);

  /** The ticket with this code, typed in any case, with or without the hyphen. */
  Optional<Ticket> find(String typedCode);

  /** The last {@code limit} tickets a person reported, newest first. */
  List<Ticket> reportedBy(String channel, String reporterId, int limit);

  /** The tickets officers of {@code unitCode} have work on: urgent first, then the oldest. */
  List<Ticket> queue(String unitCode, int limit);

  /**
   * Saves {@code changed} only if the stored ticket is still {@code current} (same state, same
   * version): a change made on stale data never overwrites another. Durable like {@link #file}.
   *
   * @return whether it was saved
   */
  boolean replace(Ticket current, Ticket changed);
}
