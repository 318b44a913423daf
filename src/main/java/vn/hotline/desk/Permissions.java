package vn.hotline.desk;

import java.util.Optional;
import vn.hotline.roster.Officer;
import vn.hotline.roster.Role;
import vn.hotline.roster.Roster;
import vn.hotline.ticket.Ticket;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/**
 * Who may do what on the desk. Every answer is computed from the ticket as stored and the roster,
 * never from what a button or command claims, so a forged callback for another unit's ticket is
 * refused like any other outsider's request.
 */
public final class Permissions {
  private final Roster roster;
  private final UnitTree units;

  public Permissions(Roster roster, UnitTree units) {
    this.roster = roster;
    this.units = units;
  }

  /**
   * Whether the user may work the ticket (acknowledge, update, resolve, reject, mark duplicate): an
   * officer or leader on tickets of their own units, a supervisor on tickets anywhere below theirs.
   */
  public Decision mayAct(long userId, Ticket ticket) {
    Optional<Officer> officer = roster.find(userId);
    if (officer.isEmpty()) {
      return new Decision.Refused(Decision.Reason.NOT_ON_ROSTER);
    }
    Optional<Unit> unit = units.find(ticket.whereabouts().unitCode());
    if (unit.isEmpty()) {
      return new Decision.Refused(Decision.Reason.UNKNOWN_UNIT);
    }
    return covers(officer.get(), unit.get())
        ? new Decision.Allowed(officer.get())
        : new Decision.Refused(Decision.Reason.OUTSIDE_UNITS);
  }

  /**
   * Whether the user may hand the ticket to {@code assigneeId}: a leader within their unit, a
   * supervisor across their subtree, and only to someone who may act on the ticket themselves.
   */
  public Decision mayReassign(long userId, Ticket ticket, long assigneeId) {
    Decision decision = mayAct(userId, ticket);
    if (!(decision instanceof Decision.Allowed allowed)) {
      return decision;
    }
    Role role = allowed.officer().role();
    if (role == Role.OFFICER) {
      return new Decision.Refused(Decision.Reason.ROLE_NOT_ALLOWED);
    }
    // A leader hands work to the members of the ticket's unit, not to anyone who could act on it.
    boolean assigneeFits =
        role == Role.LEADER
            ? roster
                .find(assigneeId)
                .filter(o -> o.belongsTo(ticket.whereabouts().unitCode()))
                .isPresent()
            : mayAct(assigneeId, ticket).isAllowed();
    return assigneeFits ? decision : new Decision.Refused(Decision.Reason.ASSIGNEE_CANNOT_ACT);
  }

  /**
   * Whether the user may move the ticket to the queue of {@code targetUnitCode}. A transfer leaves
   * the officer's own units by nature, so only the source ticket must be theirs; officers and
   * leaders send tickets to communes, supervisors to any unit that keeps a queue. A transfer to the
   * ticket's own unit is the ticket's to refuse, not a question of permission.
   */
  public Decision mayTransfer(long userId, Ticket ticket, UnitCode targetUnitCode) {
    Decision decision = mayAct(userId, ticket);
    if (!(decision instanceof Decision.Allowed allowed)) {
      return decision;
    }
    Optional<Unit> target = units.find(targetUnitCode);
    return target.isPresent() && mayReceive(allowed.officer().role(), target.get())
        ? decision
        : new Decision.Refused(Decision.Reason.INVALID_TARGET);
  }

  /**
   * Whether the user may reload the configuration ({@code /reload}): only a province supervisor, a
   * supervisor of the tree's root, since a reload changes the desk for everyone.
   */
  public Decision mayReload(long userId) {
    Optional<Officer> officer = roster.find(userId);
    if (officer.isEmpty()) {
      return new Decision.Refused(Decision.Reason.NOT_ON_ROSTER);
    }
    boolean provinceSupervisor =
        officer.get().role() == Role.SUPERVISOR && officer.get().belongsTo(units.root().code());
    return provinceSupervisor
        ? new Decision.Allowed(officer.get())
        : new Decision.Refused(Decision.Reason.ROLE_NOT_ALLOWED);
  }

  private boolean covers(Officer officer, Unit unit) {
    if (officer.role() != Role.SUPERVISOR) {
      return officer.belongsTo(unit.code());
    }
    return officer.units().stream()
        .flatMap(code -> units.find(code).stream())
        .anyMatch(own -> units.isWithin(unit, own));
  }

  // Villages keep no queue: their tickets sit in the commune's.
  private static boolean mayReceive(Role role, Unit target) {
    return role == Role.SUPERVISOR
        ? target.level() != UnitLevel.VILLAGE
        : target.level() == UnitLevel.COMMUNE;
  }
}
