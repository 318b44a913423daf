package vn.hotline.intake;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import vn.hotline.category.Categories;
import vn.hotline.sla.SlaPolicy;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.Transition;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * Reports the citizen has not settled yet: filed anyway so that no Command Centre waits for a tap
 * (in the lowest unit covering every candidate place, or with the classifier's best category), and
 * corrected when the citizen answers after all.
 */
final class UnsettledDrafts {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm dd/MM");

  private final Filing filing;
  private final TicketChanges changes;
  private final UnitTree units;
  private final Categories categories;
  private final SlaPolicy sla;

  UnsettledDrafts(
      Filing filing, TicketChanges changes, UnitTree units, Categories categories, SlaPolicy sla) {
    this.filing = filing;
    this.changes = changes;
    this.units = units;
    this.categories = categories;
    this.sla = sla;
  }

  /**
   * Files the conversation's draft as it stands and tells the citizen, who may still answer what
   * was asked: the draft stays, marked as filed, and the question stays open.
   */
  Conversation fileNow(Conversation c, Instant at, Replies out) {
    Draft draft = c.waiting().draft();
    Ticket ticket =
        draft.hasPlace()
            ? filing.file(draft, c.chatId(), at)
            : filing.fileUncertain(draft, c.chatId(), at);
    String code = ticket.code().toString();
    String place = units.describe(units.get(ticket.whereabouts().placeCode()));
    String due = CLOCK.format(ticket.deadlines().acknowledgeBy().atZone(sla.zone()));
    if (draft.hasPlace()) {
      String category =
          categories
              .find(ticket.reported().category())
              .map(k -> k.name(out.locale()))
              .orElse(ticket.reported().category());
      out.say("report.filedCategoryOpen", code, category, place, due);
    } else {
      out.say("report.filedPlaceOpen", code, place, due);
    }
    UnitCode commune = draft.hasPlace() ? draft.unitCode() : c.last().commune();
    return c.filed(code, at, commune).awaiting(c.waiting().awaiting(), draft.filedAs(code));
  }

  /**
   * Brings a ticket filed from this draft before it was settled in line with the settled draft: the
   * citizen's category, then the queue of the citizen's place. A ticket filed from a settled draft
   * already matches and is returned as it is. The changes are the citizen's in the history.
   */
  Ticket reconcile(Ticket ticket, Draft draft, Instant at) {
    Ticket current = ticket;
    if (draft.categoryConfirmed() && !current.reported().category().equals(draft.category())) {
      current =
          apply(
              current,
              t -> t.recategorise(draft.category(), draft.priority(), Actor.citizen(), at));
    }
    Unit place = units.get(draft.placeOrUnit());
    Unit queue = filing.queueFor(place, current.reported().category());
    if (!current.whereabouts().unitCode().equals(queue.code())) {
      current =
          apply(current, t -> t.transfer(queue.code(), place.code(), Actor.citizen(), "", at));
    }
    return current;
  }

  // The ticket after the change, or as it stands when the change was refused (it moved on).
  private Ticket apply(Ticket ticket, Function<Ticket, Transition> change) {
    return switch (changes.apply(ticket.code(), change)) {
      case Transition.Applied applied -> applied.ticket();
      case Transition.Refused refused -> refused.ticket() == null ? ticket : refused.ticket();
    };
  }
}
