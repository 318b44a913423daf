package vn.hotline.desk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.hotline.category.Categories;
import vn.hotline.messages.Messages;
import vn.hotline.ticket.Attachment;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.Ticket;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * A ticket's history as lines of a timeline in the viewer's language: who (an officer's name, or
 * "citizen", never who the citizen is), what, the note with unit and category codes named, and
 * whether it was done on the web.
 */
final class TicketHistoryLines {
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  private final Messages messages;
  private final UnitTree units;
  private final Categories categories;
  private final ZoneId zone;

  TicketHistoryLines(Messages messages, UnitTree units, Categories categories, ZoneId zone) {
    this.messages = messages;
    this.units = units;
    this.categories = categories;
    this.zone = zone;
  }

  List<TicketView.Line> of(Ticket t, Locale locale) {
    List<Attachment> attachments = t.reported().attachments();
    return t.history().stream()
        .map(
            e ->
                new TicketView.Line(
                    WHEN.format(e.at().atZone(zone)),
                    e.kind().name(),
                    who(e, locale),
                    messages.text(locale, "web.ticket.history." + e.kind().name()),
                    note(e, locale),
                    e.actor().viaWeb(),
                    photoNumber(attachments, e.photo())))
        .toList();
  }

  private String who(HistoryEntry e, Locale locale) {
    return switch (e.actor().role()) {
      case OFFICER -> e.actor().name();
      case CITIZEN -> messages.text(locale, "web.ticket.who.citizen");
      case SYSTEM -> messages.text(locale, "web.ticket.who.system");
    };
  }

  // The filing note is the desk's own mark of an uncertain place, shown among the facts instead.
  private String note(HistoryEntry e, Locale locale) {
    return switch (e.kind()) {
      case FILED -> "";
      case TRANSFERRED, RECATEGORISED, ESCALATED -> named(e.note(), locale);
      default -> e.note();
    };
  }

  // "25267 → 25270: note" reads as "Xã Phú Nghĩa → Xã Đa Kia: note".
  private String named(String note, Locale locale) {
    int colon = note.indexOf(": ");
    String codes = colon < 0 ? note : note.substring(0, colon);
    String rest = colon < 0 ? "" : note.substring(colon);
    return Arrays.stream(codes.split(" → "))
            .map(code -> name(code.strip(), locale))
            .collect(Collectors.joining(" → "))
        + rest;
  }

  private String name(String code, Locale locale) {
    return UnitCode.parse(code)
        .flatMap(units::find)
        .map(Unit::fullName)
        .or(() -> categories.find(code).map(c -> c.name(locale)))
        .orElse(code);
  }

  /** The number of the photo {@code ref} among the ticket's photos, as the page numbers them. */
  static int photoNumber(List<Attachment> attachments, String ref) {
    if (ref.isEmpty()) {
      return -1;
    }
    List<Attachment> photos = attachments.stream().filter(Attachment::isPhoto).toList();
    for (int i = 0; i < photos.size(); i++) {
      if (photos.get(i).ref().equals(ref)) {
        return i;
      }
    }
    return -1;
  }
}
