package vn.hotline.webdesk;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.hotline.category.Categories;
import vn.hotline.category.Priority;
import vn.hotline.unit.UnitTree;
import vn.hotline.web.PageText;

/** Writes open tickets as lines of the queue page in the viewer's language. */
final class QueueRows {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm dd/MM");

  private final UnitTree units;
  private final Categories categories;
  private final ZoneId zone;

  QueueRows(UnitTree units, Categories categories, ZoneId zone) {
    this.units = units;
    this.categories = categories;
    this.zone = zone;
  }

  QueueRow row(OpenTicket ticket, PageText text, Instant now) {
    String urgency = ticket.priority().name().toLowerCase(Locale.ROOT);
    return new QueueRow(
        ticket.code(),
        "/t/" + ticket.code(),
        categoryName(ticket.category(), text.locale()),
        urgency,
        ticket.priority() == Priority.NORMAL ? "" : text.t("priority." + ticket.priority()),
        place(ticket),
        ticket.state().name(),
        text.t("queue.state." + ticket.state()),
        age(Duration.between(ticket.filedAt(), now), text),
        ticket.dueAt() == null ? "" : CLOCK.format(ticket.dueAt().atZone(zone)),
        ticket.overdue(now),
        ticket.assigneeName(),
        ticket.excerpt());
  }

  String categoryName(String code, Locale locale) {
    return categories.find(code).map(c -> c.name(locale)).orElse(code);
  }

  String place(OpenTicket ticket) {
    return units.find(ticket.placeCode()).map(units::describe).orElse(ticket.placeCode().value());
  }

  static String age(Duration age, PageText text) {
    if (age.toDays() >= 2) {
      return text.t("queue.age.days", age.toDays());
    }
    if (age.toHours() >= 1) {
      return text.t("queue.age.hours", age.toHours());
    }
    if (age.toMinutes() >= 1) {
      return text.t("queue.age.minutes", age.toMinutes());
    }
    return text.t("queue.age.now");
  }
}
