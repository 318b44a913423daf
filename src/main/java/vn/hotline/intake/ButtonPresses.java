package vn.hotline.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hotline.category.Categories;
import vn.hotline.category.Category;
import vn.hotline.notify.Button;
import vn.hotline.notify.Keyboard;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.Tickets;
import vn.hotline.ticket.Transition;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/**
 * Inline buttons a citizen presses. The button's data is only a request: every press is checked
 * against the store (the ticket must be the citizen's own, in a state that allows the change).
 */
final class ButtonPresses {
  private final ReportFlow reports;
  private final Followups followups;
  private final Tickets tickets;
  private final TicketChanges changes;
  private final Categories categories;
  private final UnitTree units;
  private final Filing filing;
  private final CitizenNotices notices;

  ButtonPresses(
      ReportFlow reports,
      Followups followups,
      Tickets tickets,
      TicketChanges changes,
      Categories categories,
      UnitTree units,
      Filing filing,
      CitizenNotices notices) {
    this.reports = reports;
    this.followups = followups;
    this.tickets = tickets;
    this.changes = changes;
    this.categories = categories;
    this.units = units;
    this.filing = filing;
    this.notices = notices;
  }

  Conversation pressed(Conversation c, Inbound.ButtonPress press, Instant at, Replies out) {
    out.answer(press.queryId(), "");
    String[] parts = press.data() == null ? new String[] {""} : press.data().split(":", 3);
    return switch (parts[0]) {
      case "p" -> parts.length > 1 ? reports.placeChosen(c, parts[1], at, out) : expired(c, out);
      case "c" -> parts.length > 1 ? reports.categoryChosen(c, parts[1], at, out) : expired(c, out);
      case "add" -> followups.continuationAnswered(c, true, at, out);
      case "new" -> followups.continuationAnswered(c, false, at, out);
      case "fc" ->
          own(c, parts).map(t -> offerCategories(c, t, out)).orElseGet(() -> expired(c, out));
      case "fp" -> own(c, parts).map(t -> offerPlaces(c, t, out)).orElseGet(() -> expired(c, out));
      case "rc" ->
          own(c, parts)
              .map(t -> recategorise(c, t, parts, at, out))
              .orElseGet(() -> expired(c, out));
      case "rp" ->
          own(c, parts).map(t -> move(c, t, parts, at, out)).orElseGet(() -> expired(c, out));
      case "ok" ->
          own(c, parts).map(t -> settle(c, t, true, at, out)).orElseGet(() -> expired(c, out));
      case "no" ->
          own(c, parts).map(t -> settle(c, t, false, at, out)).orElseGet(() -> expired(c, out));
      default -> expired(c, out);
    };
  }

  /** The ticket named by the button, if it is the pressing citizen's own. */
  private Optional<Ticket> own(Conversation c, String[] parts) {
    return parts.length < 2
        ? Optional.empty()
        : tickets.find(parts[1]).filter(t -> CitizenCommands.isReporter(t, c));
  }

  private Conversation offerCategories(Conversation c, Ticket t, Replies out) {
    List<List<Button>> rows = new ArrayList<>();
    for (Category category : categories.all()) {
      rows.add(
          List.of(
              Button.callback(
                  category.name(out.locale()),
                  "rc:" + t.code().compact() + ":" + category.code())));
    }
    out.say(new Keyboard.Inline(rows), "fix.chooseCategory", t.code());
    return c;
  }

  private Conversation offerPlaces(Conversation c, Ticket t, Replies out) {
    Unit place = units.get(t.whereabouts().placeCode());
    Unit commune = units.enclosing(place, UnitLevel.COMMUNE).orElse(place);
    Unit area = units.parentOf(commune).orElse(units.root());
    List<List<Button>> rows = new ArrayList<>();
    for (Unit candidate : units.below(area, UnitLevel.COMMUNE)) {
      rows.add(
          List.of(
              Button.callback(
                  candidate.fullName(), "rp:" + t.code().compact() + ":" + candidate.code())));
    }
    out.say(new Keyboard.Inline(rows), "fix.choosePlace", t.code());
    return c;
  }

  private Conversation recategorise(
      Conversation c, Ticket t, String[] parts, Instant at, Replies out) {
    Optional<Category> category = parts.length > 2 ? categories.find(parts[2]) : Optional.empty();
    if (category.isEmpty()) {
      return expired(c, out);
    }
    var priority =
        t.reported().priority() == vn.hotline.category.Priority.URGENT
            ? t.reported().priority()
            : category.get().priority();
    Transition result =
        changes.apply(
            t.code(), x -> x.recategorise(category.get().code(), priority, Actor.citizen(), at));
    out.say(
        result.applied() ? "fix.categoryDone" : "fix.tooLate",
        t.code(),
        category.get().name(out.locale()));
    return c;
  }

  private Conversation move(Conversation c, Ticket t, String[] parts, Instant at, Replies out) {
    Optional<Unit> place =
        parts.length > 2 ? UnitCode.parse(parts[2]).flatMap(units::find) : Optional.empty();
    if (place.isEmpty() || place.get().level() != UnitLevel.COMMUNE) {
      return expired(c, out);
    }
    Unit queue = filing.queueFor(place.get(), t.reported().category());
    Transition result =
        t.state() == vn.hotline.ticket.TicketState.NEW
            ? changes.apply(
                t.code(),
                x -> x.transfer(queue.code(), place.get().code(), Actor.citizen(), "", at))
            : new Transition.Refused(vn.hotline.ticket.Refusal.WRONG_STATE, t);
    out.say(result.applied() ? "fix.placeDone" : "fix.tooLate", t.code(), place.get().fullName());
    return c;
  }

  private Conversation settle(Conversation c, Ticket t, boolean solved, Instant at, Replies out) {
    Transition result =
        changes.apply(
            t.code(),
            x -> solved ? x.confirm(at) : x.reopen("", at, filing.resolveByAfterReopen(x, at)));
    if (result instanceof Transition.Applied applied) {
      notices.settledByCitizen(applied.ticket(), solved, out);
    } else {
      out.say("fix.tooLate", t.code(), "");
    }
    return c;
  }

  private Conversation expired(Conversation c, Replies out) {
    out.say("button.expired");
    return c;
  }
}
