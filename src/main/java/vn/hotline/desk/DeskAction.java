package vn.hotline.desk;

import java.util.EnumSet;
import java.util.Set;
import vn.hotline.roster.Role;
import vn.hotline.ticket.TicketState;

/** What an officer can do to a ticket, on its card's buttons and on the web desk alike. */
public enum DeskAction {
  ACKNOWLEDGE,
  UPDATE,
  RESOLVE,
  TRANSFER,
  DUPLICATE,
  REJECT,
  ASSIGN;

  /** The actions a card offers for a ticket in {@code state}: the same on Telegram and the web. */
  static Set<DeskAction> offeredIn(TicketState state) {
    Set<DeskAction> offered = EnumSet.noneOf(DeskAction.class);
    if (state == TicketState.NEW) {
      offered.add(ACKNOWLEDGE);
    } else if (state.isClaimed()) {
      offered.addAll(Set.of(UPDATE, RESOLVE));
    }
    if (state.awaitsOfficer()) {
      offered.addAll(Set.of(TRANSFER, DUPLICATE, REJECT));
    }
    return offered;
  }

  /**
   * The actions someone in {@code role} may take on a ticket in {@code state}: those the card
   * offers, and handing it to an officer for leaders and supervisors ({@link Permissions}).
   */
  static Set<DeskAction> offeredTo(Role role, TicketState state) {
    Set<DeskAction> offered = offeredIn(state);
    if (role != Role.OFFICER && state.awaitsOfficer()) {
      offered.add(ASSIGN);
    }
    return offered;
  }
}
