package vn.hotline.intake;

import java.time.Instant;
import java.util.List;
import vn.hotline.category.Categories;
import vn.hotline.category.Category;
import vn.hotline.category.Routing;
import vn.hotline.sla.SlaPolicy;
import vn.hotline.ticket.Attachment;
import vn.hotline.ticket.Contact;
import vn.hotline.ticket.NewTicket;
import vn.hotline.ticket.Reporter;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Tickets;
import vn.hotline.unit.Unit;
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
    return sla.resolveBy(at, ticket.category(), ticket.priority());
  }

  Ticket file(Draft draft, long chatId, Instant at) {
    Unit place = units.get(draft.placeOrUnit());
    Unit queue = queueFor(place, draft.category());
    List<Attachment> photos =
        draft.photos().stream().map(id -> new Attachment("photo", id, false)).toList();
    NewTicket ticket =
        new NewTicket(
            "telegram:" + draft.origin(),
            queue.codePrefix(),
            queue.code(),
            place.code(),
            draft.category(),
            draft.priority(),
            draft.text(),
            photos,
            new Reporter("telegram", String.valueOf(chatId)),
            Contact.NONE,
            draft.confidence(),
            at,
            sla.acknowledgeBy(at, draft.category(), draft.priority()),
            sla.resolveBy(at, draft.category(), draft.priority()));
    return tickets.file(ticket);
  }
}
