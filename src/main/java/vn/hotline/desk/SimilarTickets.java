package vn.hotline.desk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.hotline.messages.Messages;
import vn.hotline.roster.Officer;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketCode;
import vn.hotline.ticket.Tickets;
import vn.hotline.unit.UnitTree;

/**
 * The tickets like one ticket, as the web desk lists them: the one it repeats, those that repeat
 * it, its cluster of similar reports, and open tickets that read alike. Only tickets the officer
 * may see are listed.
 */
final class SimilarTickets {
  private static final int ALIKE = 6;

  private final Tickets tickets;
  private final UnitTree units;
  private final Messages messages;
  private final SimilarReports similar;
  private final TicketAccess access;

  SimilarTickets(
      Tickets tickets,
      UnitTree units,
      Messages messages,
      SimilarReports similar,
      TicketAccess access) {
    this.tickets = tickets;
    this.units = units;
    this.messages = messages;
    this.similar = similar;
    this.access = access;
  }

  List<TicketView.Similar> of(Officer viewer, Ticket t, Locale locale) {
    // The first relation found for a code is the one shown: the strongest comes first.
    Map<TicketCode, String> related = new LinkedHashMap<>();
    Optional.ofNullable(t.handling().duplicateOf()).ifPresent(c -> related.put(c, "duplicateOf"));
    tickets.duplicatesOf(t.code()).forEach(d -> related.putIfAbsent(d.code(), "duplicate"));
    similar.headOf(t.code()).ifPresent(c -> related.putIfAbsent(c, "head"));
    similar.membersOf(t.code()).forEach(c -> related.putIfAbsent(c, "member"));
    similar.alike(t, ALIKE).forEach(c -> related.putIfAbsent(c, "alike"));
    List<TicketView.Similar> shown = new ArrayList<>();
    related.forEach(
        (code, relation) ->
            tickets
                .find(code)
                .filter(
                    other -> access.permissions().mayAct(viewer.id().value(), other).isAllowed())
                .ifPresent(other -> shown.add(similar(other, relation, locale))));
    return shown;
  }

  private TicketView.Similar similar(Ticket other, String relation, Locale locale) {
    return new TicketView.Similar(
        other.code().toString(),
        messages.text(locale, "web.ticket.similar." + relation),
        messages.text(locale, "state." + other.state().name()),
        units
            .find(other.whereabouts().placeOrUnit())
            .map(units::describe)
            .orElse(other.whereabouts().unitCode().value()));
  }
}
