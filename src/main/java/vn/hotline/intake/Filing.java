package vn.hotline.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hotline.category.Categories;
import vn.hotline.category.Category;
import vn.hotline.category.Routing;
import vn.hotline.sla.SlaPolicy;
import vn.hotline.ticket.Attachment;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Contact;
import vn.hotline.ticket.Deadlines;
import vn.hotline.ticket.NewTicket;
import vn.hotline.ticket.Reported;
import vn.hotline.ticket.Reporter;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Tickets;
import vn.hotline.ticket.UncertainPlace;
import vn.hotline.ticket.Whereabouts;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/** Files a finished draft in the queue it belongs to, with its SLA due times. */
public final class Filing {
  private final UnitTree units;
  private final Categories categories;
  private final SlaPolicy sla;
  private final Tickets tickets;

  public Filing(UnitTree units, Categories categories, SlaPolicy sla, Tickets tickets) {
    this.units = units;
    this.categories = categories;
    this.sla = sla;
    this.tickets = tickets;
  }

  /**
   * The unit whose queue a report about {@code place} joins: its commune, or for categories routed
   * to the parent (complaints about officials) the unit above the commune.
   */
  public Unit queueFor(Unit place, String categoryCode) {
    Unit commune = units.enclosing(place, UnitLevel.COMMUNE).orElse(place);
    Routing routing =
        categories.find(categoryCode).map(Category::routing).orElse(Routing.SAME_UNIT);
    if (routing == Routing.PARENT_UNIT) {
      return units.parentOf(commune).orElse(commune);
    }
    return commune;
  }

  /** When a ticket the citizen reopens at {@code at} must be resolved: the full limit again. */
  Instant resolveByAfterReopen(Ticket ticket, Instant at) {
    return sla.resolveBy(at, ticket.reported().category(), ticket.reported().priority());
  }

  Ticket file(Draft draft, long chatId, Instant at) {
    Unit place = units.get(draft.placeOrUnit());
    return file(draft, queueFor(place, draft.category()), place, "", chatId, at);
  }

  /**
   * Files a draft whose place is not settled in the queue of the lowest unit covering every
   * candidate (the root when there is none), that unit standing as its place; the filing entry
   * lists the candidates ({@link UncertainPlace}).
   */
  Ticket fileUncertain(Draft draft, long chatId, Instant at) {
    Unit area = commonAncestor(draft.candidates());
    String note = new UncertainPlace(draft.candidates()).note();
    return file(draft, area, area, note, chatId, at);
  }

  /** The lowest unit that is or contains every one of these units; the root for none. */
  Unit commonAncestor(List<UnitCode> unitCodes) {
    List<Unit> found = unitCodes.stream().map(units::find).flatMap(Optional::stream).toList();
    if (found.isEmpty()) {
      return units.root();
    }
    List<Unit> chain = new ArrayList<>();
    chain.add(found.getFirst());
    chain.addAll(units.ancestors(found.getFirst()));
    return chain.stream()
        .filter(a -> found.stream().allMatch(u -> units.isWithin(u, a)))
        .findFirst()
        .orElse(units.root());
  }

  private Ticket file(Draft draft, Unit queue, Unit place, String note, long chatId, Instant at) {
    List<Attachment> photos =
        draft.photos().stream().map(id -> new Attachment("photo", id, false)).toList();
    Reported reported =
        new Reported(
            draft.category(),
            draft.priority(),
            draft.text(),
            photos,
            new Reporter(Channel.TELEGRAM, String.valueOf(chatId)),
            Contact.NONE,
            draft.confidence());
    return file(Channel.TELEGRAM.id() + ":" + draft.origin(), queue, place, note, reported, at);
  }

  /**
   * Files what was reported in {@code queue}'s queue, about {@code place}, with the SLA's due times
   * from {@code at}; {@code note} is the filing entry's (see {@link UncertainPlace}).
   */
  Ticket file(String origin, Unit queue, Unit place, String note, Reported reported, Instant at) {
    NewTicket ticket =
        new NewTicket(
            origin,
            queue.codePrefix(),
            new Whereabouts(queue.code(), place.code()),
            reported,
            new Deadlines(
                at,
                sla.acknowledgeBy(at, reported.category(), reported.priority()),
                sla.resolveBy(at, reported.category(), reported.priority())),
            note);
    return tickets.file(ticket);
  }
}
