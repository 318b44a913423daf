package vn.hotline.desk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.hotline.messages.Messages;
import vn.hotline.roster.Officer;
import vn.hotline.roster.Role;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketCode;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/**
 * What an officer may do to a ticket now and choose from, as the card's menus offer it: communes of
 * the ticket's district first, then the others (supervisors may pick any unit that keeps a queue),
 * the tickets it may repeat, the members of its unit, the listed reasons to reject. Each choice is
 * checked again when it is made.
 */
final class TicketChoices {
  private static final int DUPLICATE_CHOICES = 6;

  private final Messages messages;
  private final UnitTree units;
  private final SimilarReports similar;
  private final DeskRoster roster;

  TicketChoices(Messages messages, UnitTree units, SimilarReports similar, DeskRoster roster) {
    this.messages = messages;
    this.units = units;
    this.similar = similar;
    this.roster = roster;
  }

  TicketView.Choices of(Officer viewer, Ticket t, Locale locale) {
    Set<DeskAction> actions = DeskAction.offeredTo(viewer.role(), t.state());
    return new TicketView.Choices(
        actions,
        actions.contains(DeskAction.TRANSFER) ? targets(viewer.role(), t) : List.of(),
        actions.contains(DeskAction.DUPLICATE) ? duplicates(t) : List.of(),
        actions.contains(DeskAction.ASSIGN) ? officers(t) : List.of(),
        actions.contains(DeskAction.REJECT) ? reasons(locale) : List.of());
  }

  private List<TicketView.Choice> targets(Role role, Ticket t) {
    Optional<Unit> district =
        units.find(t.whereabouts().unitCode()).flatMap(u -> units.enclosing(u, UnitLevel.DISTRICT));
    List<Unit> receiving =
        units.all().stream()
            .filter(u -> !u.code().equals(t.whereabouts().unitCode()))
            .filter(
                u ->
                    role == Role.SUPERVISOR
                        ? u.level() != UnitLevel.VILLAGE
                        : u.level() == UnitLevel.COMMUNE)
            .sorted(
                Comparator.comparing((Unit u) -> !inDistrict(u, district))
                    .thenComparing(u -> units.parentOf(u).map(Unit::fullName).orElse(""))
                    .thenComparing(Unit::fullName))
            .toList();
    List<TicketView.Choice> choices = new ArrayList<>();
    for (Unit u : receiving) {
      String parent = units.parentOf(u).map(p -> " (" + p.fullName() + ")").orElse("");
      choices.add(new TicketView.Choice(u.code().value(), u.fullName() + parent));
    }
    return choices;
  }

  private boolean inDistrict(Unit unit, Optional<Unit> district) {
    return district.isPresent() && units.isWithin(unit, district.get());
  }

  private List<TicketView.Choice> duplicates(Ticket t) {
    return similar.alike(t, DUPLICATE_CHOICES).stream()
        .map(TicketCode::toString)
        .map(code -> new TicketView.Choice(code, code))
        .toList();
  }

  private List<TicketView.Choice> officers(Ticket t) {
    return roster.current().officersOf(t.whereabouts().unitCode()).stream()
        .filter(o -> !o.id().equals(t.handling().assigneeId()))
        .map(o -> new TicketView.Choice(String.valueOf(o.id().value()), o.name()))
        .toList();
  }

  private List<TicketView.Choice> reasons(Locale locale) {
    List<TicketView.Choice> reasons = new ArrayList<>();
    for (int i = 1; i <= DeskRequests.REJECT_REASONS; i++) {
      reasons.add(
          new TicketView.Choice(
              String.valueOf(i), messages.text(locale, "desk.reject.reason." + i)));
    }
    return reasons;
  }
}
