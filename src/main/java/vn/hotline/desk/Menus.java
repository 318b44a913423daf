package vn.hotline.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.hotline.notify.Button;
import vn.hotline.notify.Keyboard;
import vn.hotline.ticket.Ticket;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/**
 * The choices a card's buttons open in place of its buttons: communes to transfer to (the same
 * district first, then any district), reasons to reject, tickets it may repeat. Only someone who
 * may act on the ticket sees them; what they then choose is checked again.
 */
final class Menus {
  private static final int PER_ROW = 2;
  private static final int DUPLICATE_CHOICES = 6;

  private final Cards cards;
  private final UnitTree units;
  private final SimilarReports similar;
  private final TicketAccess access;
  private final DeskRoster roster;

  Menus(
      Cards cards, UnitTree units, SimilarReports similar, TicketAccess access, DeskRoster roster) {
    this.cards = cards;
    this.units = units;
    this.similar = similar;
    this.access = access;
    this.roster = roster;
  }

  void open(Asking a, DeskRequest.Menu menu) {
    Optional<Ticket> ticket = access.allowed(a, menu.code());
    if (ticket.isEmpty()) {
      return;
    }
    Ticket t = ticket.get();
    String code = t.code().compact();
    List<List<Button>> rows =
        switch (menu.kind()) {
          case MAIN -> new ArrayList<>(((Keyboard.Inline) cards.keyboard(t)).rows());
          case TRANSFER -> communes(t, menu.within());
          case DISTRICTS -> districts(t);
          case REJECT -> reasons(code);
          case DUPLICATE -> duplicates(t);
          case ASSIGN -> officers(t);
        };
    if (menu.kind() == DeskRequest.Menu.Kind.DUPLICATE && rows.isEmpty()) {
      a.tell("desk.menu.noSimilar", t.code());
      return;
    }
    if (menu.kind() == DeskRequest.Menu.Kind.ASSIGN && rows.isEmpty()) {
      a.tell("desk.menu.noOfficers", t.code());
      return;
    }
    if (menu.kind() != DeskRequest.Menu.Kind.MAIN) {
      rows.add(List.of(cards.button("desk.button.back", "b", code)));
    }
    a.tell("desk.menu." + menu.kind().name().toLowerCase(Locale.ROOT), t.code());
    a.out.editKeyboard(a.pressedMessage(), new Keyboard.Inline(rows));
  }

  // The communes of a district (the ticket's own by default), the ticket's own unit left out.
  private List<List<Button>> communes(Ticket t, String districtCode) {
    Optional<Unit> district =
        districtCode.isEmpty()
            ? units
                .find(t.whereabouts().unitCode())
                .flatMap(u -> units.enclosing(u, UnitLevel.DISTRICT))
            : UnitCode.parse(districtCode).flatMap(units::find);
    List<Button> buttons = new ArrayList<>();
    district.ifPresent(
        d ->
            units.below(d, UnitLevel.COMMUNE).stream()
                .filter(u -> !u.code().equals(t.whereabouts().unitCode()))
                .forEach(
                    u ->
                        buttons.add(
                            Button.callback(
                                u.fullName(),
                                DeskRequests.data("tt", t.code().compact(), u.code().value())))));
    List<List<Button>> rows = rows(buttons);
    rows.add(List.of(cards.button("desk.button.otherDistrict", "td", t.code().compact())));
    return rows;
  }

  private List<List<Button>> districts(Ticket t) {
    List<Button> buttons =
        units.below(units.root(), UnitLevel.DISTRICT).stream()
            .map(
                d ->
                    Button.callback(
                        d.fullName(), DeskRequests.data("t", t.code().compact(), d.code().value())))
            .toList();
    return rows(buttons);
  }

  private List<List<Button>> reasons(String code) {
    List<Button> buttons = new ArrayList<>();
    for (int i = 1; i <= DeskRequests.REJECT_REASONS; i++) {
      buttons.add(
          Button.callback(
              cards.say("desk.reject.reason." + i),
              DeskRequests.data("rr", code, String.valueOf(i))));
    }
    return rows(buttons, 1);
  }

  private List<List<Button>> duplicates(Ticket t) {
    List<Button> buttons =
        similar.alike(t, DUPLICATE_CHOICES).stream()
            .map(
                other ->
                    Button.callback(
                        other.toString(),
                        DeskRequests.data("dd", t.code().compact(), other.compact())))
            .toList();
    return rows(buttons);
  }

  // The members of the ticket's unit, for a supervisor handing an escalated ticket down.
  private List<List<Button>> officers(Ticket t) {
    List<Button> buttons =
        roster.current().officersOf(t.whereabouts().unitCode()).stream()
            .map(
                o ->
                    Button.callback(
                        o.name(),
                        DeskRequests.data("as", t.code().compact(), String.valueOf(o.id()))))
            .toList();
    return rows(buttons);
  }

  private static List<List<Button>> rows(List<Button> buttons) {
    return rows(buttons, PER_ROW);
  }

  private static List<List<Button>> rows(List<Button> buttons, int perRow) {
    List<List<Button>> rows = new ArrayList<>();
    for (int i = 0; i < buttons.size(); i += perRow) {
      rows.add(buttons.subList(i, Math.min(i + perRow, buttons.size())));
    }
    return rows;
  }
}
