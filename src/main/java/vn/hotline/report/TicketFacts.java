package vn.hotline.report;

import java.util.function.ToIntFunction;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;
import vn.hotline.unit.UnitCode;

/**
 * What the figures need to know about one ticket, derived once from it: primitive fields, units and
 * categories as indexes into the book's tables, times in epoch milliseconds. Nothing about the
 * reporter.
 *
 * @param version the ticket's version, so that an older save arriving late is ignored
 * @param unit the index of the unit whose queue holds the ticket now, or {@link #NONE}
 * @param escalatedTo the index of the unit charged by the first escalation, or {@link #NONE}
 * @param category the index of the category in configured order, or {@link #NONE}
 * @param priority the priority's ordinal
 * @param firstClaim when an officer first claimed it (acknowledged or assigned), or {@link #NEVER}
 * @param firstResolved when a result was first posted, or {@link #NEVER}
 * @param reopenings how many times the citizen said "not solved"
 * @param confirmed whether the citizen confirmed a result
 */
record TicketFacts(
    long version,
    int unit,
    int escalatedTo,
    byte category,
    byte priority,
    TicketState state,
    long filedAt,
    long acknowledgeBy,
    long resolveBy,
    long firstClaim,
    long firstResolved,
    int reopenings,
    boolean confirmed) {

  /** An index that names nothing: the unit or category is not (or no longer) configured. */
  static final int NONE = -1;

  /** A time that has not come: the step never happened. */
  static final long NEVER = Long.MIN_VALUE;

  /**
   * Reads the ticket's facts; {@code unitIndex} and {@code categoryIndex} give {@link #NONE} for
   * codes they do not know.
   */
  static TicketFacts of(
      Ticket ticket, ToIntFunction<UnitCode> unitIndex, ToIntFunction<String> categoryIndex) {
    long firstClaim = NEVER;
    long firstResolved = NEVER;
    int escalatedTo = NONE;
    boolean escalated = false;
    int reopenings = 0;
    boolean confirmed = false;
    for (HistoryEntry entry : ticket.history()) {
      long at = entry.at().toEpochMilli();
      switch (entry.kind()) {
        case ACKNOWLEDGED, ASSIGNED -> firstClaim = firstClaim == NEVER ? at : firstClaim;
        case RESOLVED -> firstResolved = firstResolved == NEVER ? at : firstResolved;
        case REOPENED -> reopenings++;
        case CONFIRMED -> confirmed = true;
        case ESCALATED -> {
          if (!escalated) {
            escalated = true;
            escalatedTo = unitIndex.applyAsInt(entry.unit());
          }
        }
        default -> {}
      }
    }
    return new TicketFacts(
        ticket.version(),
        unitIndex.applyAsInt(ticket.whereabouts().unitCode()),
        escalatedTo,
        (byte) categoryIndex.applyAsInt(ticket.reported().category()),
        (byte) ticket.reported().priority().ordinal(),
        ticket.state(),
        ticket.deadlines().filedAt().toEpochMilli(),
        ticket.deadlines().acknowledgeBy().toEpochMilli(),
        ticket.deadlines().resolveBy().toEpochMilli(),
        firstClaim,
        firstResolved,
        reopenings,
        confirmed);
  }
}
