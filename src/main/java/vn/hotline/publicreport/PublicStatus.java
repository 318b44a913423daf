package vn.hotline.publicreport;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import vn.hotline.category.Categories;
import vn.hotline.messages.Messages;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * A ticket as its status page shows it, step by step what the bot tells the reporter (see {@code
 * CitizenNotices}): received, taken up, updates and the result with the officers' notes, the reason
 * it was not accepted, the ticket it repeats, the unit it went to. Steps the citizen is not told of
 * (a change of category, a due time passed, a transfer's reason) are left out.
 */
final class PublicStatus {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  private final Messages messages;
  private final UnitTree units;
  private final Categories categories;
  private final ZoneId zone;

  PublicStatus(Messages messages, UnitTree units, Categories categories, ZoneId zone) {
    this.messages = messages;
    this.units = units;
    this.categories = categories;
    this.zone = zone;
  }

  StatusView of(Ticket ticket, Locale locale) {
    String category = ticket.reported().category();
    String duplicateOf =
        ticket.state() == TicketState.DUPLICATE && ticket.handling().duplicateOf() != null
            ? ticket.handling().duplicateOf().toString()
            : "";
    return new StatusView(
        ticket.code().toString(),
        categories.find(category).map(c -> c.name(locale)).orElse(category),
        when(ticket.deadlines().filedAt()),
        state(ticket, duplicateOf, locale),
        duplicateOf,
        ticket.history().stream().flatMap(e -> event(e, locale).stream()).toList());
  }

  private String state(Ticket ticket, String duplicateOf, Locale locale) {
    if (ticket.state() == TicketState.DUPLICATE) {
      return messages.text(locale, "public.state.DUPLICATE", duplicateOf);
    }
    boolean justTransferred =
        ticket.state() == TicketState.NEW
            && ticket.history().getLast().kind() == HistoryEntry.Kind.TRANSFERRED;
    if (justTransferred) {
      String unit = units.get(ticket.whereabouts().unitCode()).fullName();
      return messages.text(locale, "public.state.transferred", unit);
    }
    return messages.text(locale, "public.state." + ticket.state().name());
  }

  private Optional<StatusView.Event> event(HistoryEntry e, Locale locale) {
    String note = e.kind().noteIsForTheCitizen() ? e.note() : "";
    Optional<String> what =
        switch (e.kind()) {
          case FILED, ACKNOWLEDGED, UPDATED, RESOLVED, REJECTED, CONFIRMED, REOPENED, AUTO_CLOSED ->
              Optional.of(messages.text(locale, "public.event." + e.kind().name()));
          // A leader handing a new ticket to an officer takes it up; handing it on is internal.
          case ASSIGNED ->
              e.from() == TicketState.NEW
                  ? Optional.of(messages.text(locale, "public.event.ACKNOWLEDGED"))
                  : Optional.empty();
          case MARKED_DUPLICATE ->
              Optional.of(messages.text(locale, "public.event.MARKED_DUPLICATE", e.note()));
          case TRANSFERRED ->
              Optional.of(
                  messages.text(locale, "public.event.TRANSFERRED", transferredTo(e, locale)));
          default -> Optional.empty();
        };
    return what.map(w -> new StatusView.Event(when(e.at()), w, note));
  }

  // The entry reads "25267 → 25270: reason"; only the unit it went to is the citizen's to know.
  private String transferredTo(HistoryEntry e, Locale locale) {
    int colon = e.note().indexOf(": ");
    String codes = colon < 0 ? e.note() : e.note().substring(0, colon);
    String to = codes.substring(codes.lastIndexOf('→') + 1).strip();
    return UnitCode.parse(to)
        .flatMap(units::find)
        .map(Unit::fullName)
        .orElseGet(() -> messages.text(locale, "public.anotherUnit"));
  }

  private String when(Instant at) {
    return WHEN.format(at.atZone(zone));
  }
}
