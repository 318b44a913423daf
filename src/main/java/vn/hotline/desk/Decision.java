package vn.hotline.desk;

import vn.hotline.roster.Officer;

/** The answer to "may this person do that?": allowed, or refused with the reason to tell them. */
public sealed interface Decision {

  /** Allowed; {@code officer} is who acts, for the ticket history. */
  record Allowed(Officer officer) implements Decision {}

  /** Refused; nothing may change. */
  record Refused(Reason reason) implements Decision {}

  default boolean isAllowed() {
    return this instanceof Allowed;
  }

  /** Why a person may not do what they asked. */
  enum Reason {
    /** The Telegram user is not on the roster. */
    NOT_ON_ROSTER,
    /** The ticket's unit is not in the unit tree (a ticket from before a units change). */
    UNKNOWN_UNIT,
    /** The ticket's unit is not one of theirs (or, for a supervisor, not below one of theirs). */
    OUTSIDE_UNITS,
    /** Their role does not allow this action. */
    ROLE_NOT_ALLOWED,
    /** The person a ticket would be handed to is not on the roster or may not act on it. */
    ASSIGNEE_CANNOT_ACT,
    /** The unit a ticket would be transferred to does not exist or keeps no queue for them. */
    INVALID_TARGET
  }
}
