package vn.hotline.sla;

import java.time.Instant;
import java.util.Objects;
import vn.hotline.ticket.TicketCode;
import vn.hotline.unit.UnitCode;

/**
 * The next thing the service-level clock does to a ticket, and when.
 *
 * @param code the ticket
 * @param phase what the ticket is late for
 * @param level 0 for overdue at its own unit, 1 for the parent, 2 for the grandparent, and so on;
 *     always 0 for {@link Phase#AUTO_CLOSE}
 * @param due when the step falls due
 * @param chargedUnit the unit whose queue holds the ticket, which the step is charged to
 * @param targetUnit the unit alerted: the charged unit itself at level 0, its ancestor above
 * @param ticketVersion the ticket's version when the step was worked out
 */
public record SlaStep(
    TicketCode code,
    Phase phase,
    int level,
    Instant due,
    UnitCode chargedUnit,
    UnitCode targetUnit,
    long ticketVersion) {

  public SlaStep {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(due, "due");
  }

  /** What a step is about. */
  public enum Phase {
    /** The ticket waits to be claimed. */
    ACKNOWLEDGE,
    /** The ticket is claimed and waits for a result. */
    RESOLVE,
    /** A result was posted and the citizen has not answered: the ticket closes by itself. */
    AUTO_CLOSE
  }

  /** Whether this is the same step as {@code other}, whatever the ticket's version. */
  boolean sameAs(SlaStep other) {
    return code.equals(other.code)
        && phase == other.phase
        && level == other.level
        && due.equals(other.due)
        && Objects.equals(chargedUnit, other.chargedUnit)
        && Objects.equals(targetUnit, other.targetUnit);
  }
}
