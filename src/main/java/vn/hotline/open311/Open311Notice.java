package vn.hotline.open311;

import java.util.Locale;
import vn.hotline.category.Priority;
import vn.hotline.intake.DirectReports;
import vn.hotline.messages.Messages;
import vn.hotline.ticket.Ticket;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitTree;

/**
 * The {@code service_notice} of a filed request: the bot's first reply in plain words, where it
 * went and by when the Command Centre takes it up, with the advice to call 115 first when it is
 * urgent.
 */
final class Open311Notice {
  private final DirectReports reports;
  private final UnitTree units;
  private final Messages messages;

  Open311Notice(DirectReports reports, UnitTree units, Messages messages) {
    this.reports = reports;
    this.units = units;
    this.messages = messages;
  }

  String of(Ticket ticket, Locale locale) {
    DirectReports.Receipt receipt = reports.receipt(ticket, locale);
    String where = named(units.get(ticket.whereabouts().unitCode()));
    String filed =
        messages.text(
            locale,
            receipt.placeSettled() ? "open311.notice.filed" : "open311.notice.filedPlaceOpen",
            where,
            receipt.acknowledgeBy());
    // Urgent as triage read a danger sign in it, as the bot's first reply is.
    return ticket.reported().priority() == Priority.URGENT
        ? messages.text(locale, "open311.notice.urgent") + " " + filed
        : filed;
  }

  // "Xã Tân Thành (Thành phố Đồng Xoài)": two communes of the province share many names.
  private String named(Unit unit) {
    return unit.fullName() + units.parentOf(unit).map(p -> " (" + p.fullName() + ")").orElse("");
  }
}
