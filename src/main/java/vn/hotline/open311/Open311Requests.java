package vn.hotline.open311;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.hotline.access.ApiKey;
import vn.hotline.access.Scope;
import vn.hotline.category.Categories;
import vn.hotline.messages.Messages;
import vn.hotline.ticket.Attachment;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * Tickets as Open311 service requests. The reporter's identity and contact are never written: a
 * report about a neighbour must not reach the public. What was reported (the description, and the
 * partner's {@code media_url}) is written only for a key with the {@code tickets} scope that covers
 * the ticket's unit.
 */
final class Open311Requests {
  private final Categories categories;
  private final UnitTree units;
  private final Messages messages;
  private final ZoneId zone;

  Open311Requests(Categories categories, UnitTree units, Messages messages, ZoneId zone) {
    this.categories = categories;
    this.units = units;
    this.messages = messages;
    this.zone = zone;
  }

  /** The tickets as the spec's {@code service_requests}, each as {@code key} may see it. */
  Open311Document list(List<Ticket> tickets, Optional<ApiKey> key, Locale locale) {
    List<Map<String, Object>> requests =
        tickets.stream().map(ticket -> request(ticket, key, locale)).toList();
    return new Open311Document.Listing("service_requests", "request", requests);
  }

  Map<String, Object> request(Ticket ticket, Optional<ApiKey> key, Locale locale) {
    String code = ticket.reported().category();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("service_request_id", ticket.code().toString());
    fields.put("status", status(ticket.state()) == TicketState.Group.OPEN ? "open" : "closed");
    fields.put("status_notes", statusNotes(ticket));
    fields.put("service_name", categories.find(code).map(c -> c.name(locale)).orElse(code));
    fields.put("service_code", code);
    if (mayRead(key, ticket)) {
      fields.put("description", ticket.reported().text());
    }
    fields.put("agency_responsible", unitName(ticket.whereabouts().unitCode(), false));
    fields.put("service_notice", serviceNotice(ticket, locale));
    fields.put("requested_datetime", time(ticket.deadlines().filedAt()));
    fields.put("updated_datetime", time(ticket.updatedAt()));
    fields.put("expected_datetime", time(ticket.deadlines().resolveBy()));
    fields.put("address", unitName(ticket.whereabouts().placeOrUnit(), true));
    boolean reader = mayRead(key, ticket);
    ticket
        .reported()
        .location()
        .ifPresent(
            point -> {
              fields.put("lat", reader ? point.latitude() : roughly(point.latitude()));
              fields.put("long", reader ? point.longitude() : roughly(point.longitude()));
            });
    if (reader) {
      mediaUrl(ticket).ifPresent(url -> fields.put("media_url", url));
    }
    return fields;
  }

  /**
   * A coordinate to two decimals, about a kilometre: enough to map where reports come from, not
   * enough to point at the house of the neighbour a report is about.
   */
  static double roughly(double degrees) {
    return Math.round(degrees * 100) / 100.0;
  }

  /**
   * The spec's status: closed once resolved, as the spec defines closed. The hotline keeps a
   * resolved ticket open for the citizen to confirm or reopen it, a word a partner cannot give.
   */
  static TicketState.Group status(TicketState state) {
    return state == TicketState.RESOLVED ? TicketState.Group.CLOSED : state.group();
  }

  /** The link the partner gave with the request, if it gave one. */
  private static Optional<String> mediaUrl(Ticket ticket) {
    return ticket.reported().attachments().stream()
        .filter(a -> a.kind().equals(Attachment.MEDIA_URL))
        .map(Attachment::ref)
        .findFirst();
  }

  /** Whether {@code key} may read what was reported: the tickets scope, over the ticket's unit. */
  boolean mayRead(Optional<ApiKey> key, Ticket ticket) {
    Optional<Unit> unit = units.find(ticket.whereabouts().unitCode());
    return key.isPresent()
        && unit.isPresent()
        && key.get().allows(Scope.TICKETS)
        && key.get().covers(unit.get(), units);
  }

  /**
   * The officers' last word to the citizen: the note of their last update or resolution, or the
   * reason a report was not accepted; never a transfer's reason or other notes among officers.
   */
  private static String statusNotes(Ticket ticket) {
    return ticket.history().reversed().stream()
        .filter(entry -> entry.kind().noteIsForTheCitizen())
        .map(HistoryEntry::note)
        .findFirst()
        .orElse("");
  }

  private String serviceNotice(Ticket ticket, Locale locale) {
    if (ticket.state() != TicketState.DUPLICATE || ticket.handling().duplicateOf() == null) {
      return "";
    }
    return messages.text(
        locale, "open311.notice.duplicate", ticket.handling().duplicateOf().toString());
  }

  private String unitName(UnitCode code, boolean asPlace) {
    return units
        .find(code)
        .map(unit -> asPlace ? units.describe(unit) : unit.fullName())
        .orElse(code.value());
  }

  private String time(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
  }
}
