package vn.hotline.ticket;

/** Why a change to a ticket was not made. A refusal is an answer, not an error. */
public enum Refusal {
  /** No ticket has that code. */
  UNKNOWN_TICKET,
  /** The change does not apply to a ticket in its current state (closed, or not yet resolved). */
  WRONG_STATE,
  /** Another officer (or the same one) has already claimed the ticket. */
  ALREADY_CLAIMED,
  /** The ticket must be claimed (acknowledged) first. */
  NOT_CLAIMED,
  /** The change needs a note or a reason. */
  NOTE_REQUIRED,
  /** A transfer to the unit the ticket is already in. */
  SAME_UNIT,
  /** A ticket cannot duplicate itself, or a ticket that is not open. */
  INVALID_DUPLICATE,
  /** The ticket kept changing under us; try again. */
  CONFLICT,
  /** A service-level step asked for before its due time. */
  NOT_DUE
}
