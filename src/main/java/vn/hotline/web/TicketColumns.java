package vn.hotline.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * The fields of a ticket listing, named once for JSON, CSV and XLSX. Deliberately without the
 * reporter and their contact: reports about neighbours stay pseudonymous, and an export travels
 * further than the desk. Times are ISO-8601 with the SLA time zone's offset.
 */
final class TicketColumns {
  private TicketColumns() {}

  static List<Column<Ticket>> of(UnitTree units, ZoneId zone) {
    DateTimeFormatter time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
    return List.of(
        new Column<>("code", ticket -> ticket.code().toString()),
        new Column<>("unitCode", ticket -> ticket.whereabouts().unitCode().value()),
        new Column<>("unitName", ticket -> name(units, ticket.whereabouts().unitCode())),
        new Column<>(
            "placeCode", ticket -> ticket.whereabouts().place().map(UnitCode::value).orElse(null)),
        new Column<>("placeName", ticket -> name(units, ticket.whereabouts().placeCode())),
        new Column<>("category", ticket -> ticket.reported().category()),
        new Column<>("priority", ticket -> ticket.reported().priority().name()),
        new Column<>("state", ticket -> ticket.state().name()),
        new Column<>("filedAt", ticket -> format(time, ticket.deadlines().filedAt())),
        new Column<>("acknowledgeBy", ticket -> format(time, ticket.deadlines().acknowledgeBy())),
        new Column<>("resolveBy", ticket -> format(time, ticket.deadlines().resolveBy())),
        new Column<>("acknowledgedAt", ticket -> format(time, firstAcknowledged(ticket))),
        new Column<>("resolvedAt", ticket -> format(time, lastResolved(ticket))),
        new Column<>("assignee", ticket -> ticket.assigneeName().orElse(null)),
        new Column<>("text", ticket -> ticket.reported().text()));
  }

  /** When an officer first took the ticket out of the queue, by claim or by assignment. */
  private static Instant firstAcknowledged(Ticket ticket) {
    return ticket.history().stream()
        .filter(e -> e.from() == TicketState.NEW && e.to() == TicketState.ACKNOWLEDGED)
        .map(HistoryEntry::at)
        .findFirst()
        .orElse(null);
  }

  /** When the result now standing was posted (a reopened ticket was resolved again later). */
  private static Instant lastResolved(Ticket ticket) {
    return ticket.history().reversed().stream()
        .filter(e -> e.kind() == HistoryEntry.Kind.RESOLVED)
        .map(HistoryEntry::at)
        .findFirst()
        .orElse(null);
  }

  private static String name(UnitTree units, UnitCode code) {
    return units.find(code).map(units::describe).orElse(null);
  }

  private static String format(DateTimeFormatter time, Instant at) {
    return at == null ? null : time.format(at);
  }
}
