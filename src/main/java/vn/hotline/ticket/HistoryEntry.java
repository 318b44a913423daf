package vn.hotline.ticket;

import java.time.Instant;
import vn.hotline.unit.UnitCode;

/**
 * One change to a ticket.
 *
 * @param at when it happened
 * @param actor who made it
 * @param from the state before ({@code null} for the filing itself)
 * @param to the state after (the same as {@code from} for a note that does not change the state)
 * @param kind what happened
 * @param note the free text that goes with it (an officer's update, a reason), possibly empty
 * @param photo the channel's id of a photo that came with the change (proof of a result), or empty
 * @param unit for a service-level step ({@link Kind#OVERDUE}, {@link Kind#ESCALATED}), the unit it
 *     is charged to: the one whose queue held the ticket when its due time passed; otherwise {@code
 *     null}
 */
public record HistoryEntry(
    Instant at,
    Actor actor,
    TicketState from,
    TicketState to,
    Kind kind,
    String note,
    String photo,
    UnitCode unit) {

  /** What a history entry records. */
  public enum Kind {
    FILED,
    DETAIL_ADDED,
    CONTACT_GIVEN,
    ACKNOWLEDGED,
    /** Handed to an officer by a leader or supervisor; the note names the officer. */
    ASSIGNED,
    UPDATED,
    RESOLVED,
    CONFIRMED,
    REOPENED,
    AUTO_CLOSED,
    REJECTED,
    MARKED_DUPLICATE,
    TRANSFERRED,
    RECATEGORISED,
    /** A due time passed: the unit charged was alerted. */
    OVERDUE,
    /** A due time passed long ago: the note names the unit higher up that was alerted. */
    ESCALATED;

    /** Whether the entry records a service-level step rather than something a person did. */
    public boolean isServiceLevelStep() {
      return this == OVERDUE || this == ESCALATED;
    }

    /**
     * Whether the entry's note is the officers' word to the citizen, which the citizen is told on
     * Telegram and anyone with the code may read: an update, a result, the reason a report was not
     * accepted. Other notes (a transfer's reason, a category's change) are the officers' own.
     */
    public boolean noteIsForTheCitizen() {
      return this == UPDATED || this == RESOLVED || this == REJECTED;
    }
  }

  public HistoryEntry {
    note = note == null ? "" : note;
    photo = photo == null ? "" : photo;
  }

  /** An entry that charges no unit. */
  public HistoryEntry(
      Instant at,
      Actor actor,
      TicketState from,
      TicketState to,
      Kind kind,
      String note,
      String photo) {
    this(at, actor, from, to, kind, note, photo, null);
  }
}
