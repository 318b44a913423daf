package vn.hotline.webdesk;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import vn.hotline.category.Priority;
import vn.hotline.messages.TextCut;
import vn.hotline.roster.OfficerId;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;
import vn.hotline.unit.NameKey;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/**
 * An open ticket as the queue lists it, worked out once when the ticket changes so that a page of
 * the queue only filters, counts and sorts. It holds nothing about who reported: the queue, like
 * the cards in the groups, never shows the reporter.
 *
 * @param code the code as people read it, {@code PN-4K7Q}
 * @param communeCode the commune the report is about (or whose queue holds it), or null above
 * @param villageCode the village the report is about, or null
 * @param placeCode the most specific place the report names, or the queue's unit
 * @param dueAt when what the ticket waits for now is due: taking up a new ticket, resolving a
 *     claimed one; null while the citizen is asked to confirm a result
 * @param excerpt the start of the report's text, on one line
 * @param folded the code and the text without diacritics, in lower case: what a search reads
 * @param version the ticket's version, so that an older copy never replaces a newer one
 * @param arrival the queue's change number at which the ticket came into its unit's queue
 */
record OpenTicket(
    String code,
    TicketState state,
    Priority priority,
    String category,
    UnitCode unitCode,
    UnitCode communeCode,
    UnitCode villageCode,
    UnitCode placeCode,
    Instant filedAt,
    Instant dueAt,
    OfficerId assigneeId,
    String assigneeName,
    String excerpt,
    String folded,
    long version,
    long arrival) {
  static final int EXCERPT = 180;

  /** The queue's order: urgent first, then the oldest; the code settles ties. */
  static final Comparator<OpenTicket> QUEUE_ORDER =
      Comparator.comparing(OpenTicket::priority)
          .thenComparing(OpenTicket::filedAt)
          .thenComparing(OpenTicket::code);

  static OpenTicket of(Ticket ticket, UnitTree units, long arrival) {
    Optional<Unit> place = units.find(ticket.whereabouts().placeOrUnit());
    String text = ticket.reported().text() == null ? "" : ticket.reported().text();
    return new OpenTicket(
        ticket.code().toString(),
        ticket.state(),
        ticket.reported().priority(),
        ticket.reported().category(),
        ticket.whereabouts().unitCode(),
        place.flatMap(p -> units.enclosing(p, UnitLevel.COMMUNE)).map(Unit::code).orElse(null),
        place.filter(p -> p.level() == UnitLevel.VILLAGE).map(Unit::code).orElse(null),
        ticket.whereabouts().placeOrUnit(),
        ticket.deadlines().filedAt(),
        dueAt(ticket),
        ticket.handling().assigneeId(),
        ticket.assigneeName().orElse(""),
        TextCut.plain(text.replaceAll("\\s+", " ").strip(), EXCERPT),
        NameKey.fold(ticket.code() + " " + text)
            + " "
            + ticket.code().compact().toLowerCase(Locale.ROOT),
        ticket.version(),
        arrival);
  }

  private static Instant dueAt(Ticket ticket) {
    if (ticket.state() == TicketState.NEW) {
      return ticket.deadlines().acknowledgeBy();
    }
    return ticket.state().isClaimed() ? ticket.deadlines().resolveBy() : null;
  }

  /** Whether what the ticket waits for is late at {@code now}. */
  boolean overdue(Instant now) {
    return dueAt != null && now.isAfter(dueAt);
  }

  boolean assignedTo(OfficerId officer) {
    return officer.equals(assigneeId);
  }
}
