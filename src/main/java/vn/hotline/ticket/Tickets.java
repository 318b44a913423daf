package vn.hotline.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.hotline.roster.OfficerId;
import vn.hotline.unit.UnitCode;

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

  /** The ticket filed from {@code origin} (see {@link NewTicket#origin()}), if one was. */
  Optional<Ticket> filedFrom(String origin);

  /** The ticket with this code, typed in any case, with or without the hyphen. */
  Optional<Ticket> find(String typedCode);

  /** The ticket with this code. */
  default Optional<Ticket> find(TicketCode code) {
    return find(code.compact());
  }

  /** The last {@code limit} tickets a person reported, newest first. */
  List<Ticket> reportedBy(Channel channel, String reporterId, int limit);

  /** The tickets officers of these units have work on: urgent first, then the oldest. */
  List<Ticket> queue(Collection<UnitCode> unitCodes, int limit);

  /** The tickets an officer claimed and has not yet resolved, the oldest first. */
  List<Ticket> claimedBy(OfficerId officerId, int limit);

  /** The last {@code limit} tickets filed in these units, in any state, newest first. */
  List<Ticket> latestIn(Collection<UnitCode> unitCodes, int limit);

  /** The open tickets filed since {@code since}, oldest first. */
  List<Ticket> openFiledSince(Instant since);

  /** The tickets marked as duplicates of the ticket with this code. */
  List<Ticket> duplicatesOf(TicketCode code);

  /** Every ticket, in no particular order: read models are rebuilt from it at start-up. */
  void each(Consumer<Ticket> action);

  /**
   * Up to {@code limit} tickets whose last change is at or after {@code since}, the least recently
   * changed first: how an instance learns of the changes other instances saved.
   */
  List<Ticket> changedSince(Instant since, int limit);

  /** The tickets the search names, newest first, skipping the first {@code skip}. */
  List<Ticket> search(TicketSearch search, int skip, int limit);

  /**
   * Saves {@code changed} only if the stored ticket is still {@code current} (same state, same
   * version): a change made on stale data never overwrites another. Durable like {@link #file}.
   *
   * @return whether it was saved
   */
  boolean replace(Ticket current, Ticket changed);
}
