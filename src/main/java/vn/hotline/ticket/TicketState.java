package vn.hotline.ticket;

/**
 * Where a ticket stands. The open and closed groups are defined here once; everything else asks the
 * state.
 */
public enum TicketState {
  /** In the unit's queue, waiting for an officer. */
  NEW(Group.OPEN),
  /** An officer claimed it: the first response. */
  ACKNOWLEDGED(Group.OPEN),
  /** An officer posted an update. */
  IN_PROGRESS(Group.OPEN),
  /** A result was posted; the citizen may confirm or reopen. */
  RESOLVED(Group.OPEN),
  /** Confirmed by the citizen, or closed when no answer came in time. */
  CLOSED(Group.CLOSED),
  /** Turned down with a reason. */
  REJECTED(Group.CLOSED),
  /** Repeats another ticket, which the citizen follows from then on. */
  DUPLICATE(Group.CLOSED);

  /** The two groups of states. */
  public enum Group {
    OPEN,
    CLOSED
  }

  private final Group group;

  TicketState(Group group) {
    this.group = group;
  }

  public Group group() {
    return group;
  }

  public boolean isOpen() {
    return group == Group.OPEN;
  }

  /** Whether officers still have work on a ticket in this state (it is in a queue). */
  public boolean awaitsOfficer() {
    return this == NEW || this == ACKNOWLEDGED || this == IN_PROGRESS;
  }

  /** Whether an officer has claimed the ticket and not yet posted a result. */
  public boolean isClaimed() {
    return this == ACKNOWLEDGED || this == IN_PROGRESS;
  }
}
