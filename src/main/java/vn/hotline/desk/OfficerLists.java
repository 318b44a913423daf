package vn.hotline.desk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.hotline.notify.Button;
import vn.hotline.notify.Keyboard;
import vn.hotline.roster.Officer;
import vn.hotline.roster.Role;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Tickets;
import vn.hotline.unit.NameKey;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * What an officer looks up: their units' queue (urgent first, then the oldest, a page at a time),
 * the tickets they claimed, one ticket's card, and a search by words. Only tickets of units the
 * officer covers are ever listed.
 */
final class OfficerLists {
  static final int PAGE = 10;
  private static final int SEARCHED = 500;
  private static final int FOUND = 10;

  private final Tickets tickets;
  private final DeskRoster roster;
  private final UnitTree units;
  private final Cards cards;
  private final TicketAccess access;

  OfficerLists(
      Tickets tickets, DeskRoster roster, UnitTree units, Cards cards, TicketAccess access) {
    this.tickets = tickets;
    this.roster = roster;
    this.units = units;
    this.cards = cards;
    this.access = access;
  }

  void queue(Asking a, Officer officer, int page) {
    List<Ticket> open = tickets.queue(covered(officer), (page + 1) * PAGE + 1);
    List<Ticket> shown =
        open.subList(Math.min(open.size(), page * PAGE), Math.min(open.size(), (page + 1) * PAGE));
    if (shown.isEmpty()) {
      a.tell("desk.queue.empty");
      return;
    }
    List<Button> turn = new ArrayList<>();
    if (page > 0) {
      turn.add(
          Button.callback(
              a.out.text("desk.button.previous"), DeskRequests.PREFIX + "q:" + (page - 1)));
    }
    if (open.size() > (page + 1) * PAGE) {
      turn.add(
          Button.callback(a.out.text("desk.button.next"), DeskRequests.PREFIX + "q:" + (page + 1)));
    }
    a.finish();
    list(
        a,
        a.out.text("desk.queue.title", page + 1),
        shown,
        turn.isEmpty() ? null : new Keyboard.Inline(List.of(turn)));
  }

  void mine(Asking a, Officer officer) {
    List<Ticket> claimed = tickets.claimedBy(officer.id(), 20);
    if (claimed.isEmpty()) {
      a.tell("desk.mine.empty");
      return;
    }
    list(a, a.out.text("desk.mine.title"), claimed, null);
  }

  void find(Asking a, Officer officer, String words) {
    List<String> wanted = List.of(NameKey.fold(words).split(" "));
    String compact = words.strip().replace("-", "").toUpperCase(Locale.ROOT);
    List<Ticket> found =
        tickets.latestIn(covered(officer), SEARCHED).stream()
            .filter(
                t ->
                    t.code().compact().equals(compact)
                        || List.of(NameKey.fold(t.reported().text()).split(" "))
                            .containsAll(wanted))
            .limit(FOUND)
            .toList();
    if (found.isEmpty()) {
      a.tell("desk.find.none", words);
      return;
    }
    list(a, a.out.text("desk.find.title", words), found, null);
  }

  void show(Asking a, String code) {
    Optional<Ticket> ticket = access.allowed(a, code);
    if (ticket.isEmpty()) {
      return;
    }
    Ticket t = ticket.get();
    Unit unit = units.get(t.whereabouts().unitCode());
    a.finish();
    a.out.send(cards.text(t, unit), cards.keyboard(t));
  }

  private void list(Asking a, String title, List<Ticket> shown, Keyboard keyboard) {
    StringBuilder text = new StringBuilder(title);
    shown.forEach(t -> text.append('\n').append(cards.line(t)));
    text.append('\n').append(a.out.text("desk.list.hint"));
    a.out.send(text.toString(), keyboard);
  }

  /** The units whose tickets the officer works: their own, and for a supervisor all below. */
  Set<UnitCode> covered(Officer officer) {
    Set<UnitCode> codes = new LinkedHashSet<>(officer.units());
    if (officer.role() == Role.SUPERVISOR) {
      for (UnitCode own : officer.units()) {
        units.find(own).ifPresent(u -> addBelow(u, codes));
      }
    }
    return codes;
  }

  private void addBelow(Unit unit, Set<UnitCode> codes) {
    for (Unit child : units.children(unit.code())) {
      codes.add(child.code());
      addBelow(child, codes);
    }
  }
}
