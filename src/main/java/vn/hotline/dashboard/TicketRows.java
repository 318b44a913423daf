package vn.hotline.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.hotline.category.Categories;
import vn.hotline.category.Category;
import vn.hotline.ticket.Ticket;

/**
 * A commune's tickets as the dashboard lists them: code, when filed, kind, priority, state and
 * whether it is overdue now. Never who reported it: the dashboard is for figures, and the ticket's
 * own page decides who may see more.
 */
public final class TicketRows {
  private static final DateTimeFormatter FILED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /** One ticket's row. */
  public record Row(
      String code,
      String href,
      String filed,
      String category,
      String priority,
      String state,
      boolean overdue) {}

  private TicketRows() {}

  static List<Row> of(
      List<Ticket> tickets,
      Categories categories,
      Locale locale,
      ZoneId zone,
      Instant now,
      Words say) {
    return tickets.stream()
        .map(
            t ->
                new Row(
                    t.code().toString(),
                    "/t/" + t.code(),
                    FILED.format(t.deadlines().filedAt().atZone(zone)),
                    categories
                        .find(t.reported().category())
                        .map((Category c) -> c.name(locale))
                        .orElse(t.reported().category()),
                    say.t("priority." + t.reported().priority().name()),
                    say.t("state." + t.state().name()),
                    overdue(t, now)))
        .toList();
  }

  // As the statistics define "overdue now": a new ticket past its time to acknowledge, a claimed
  // one past its time to resolve.
  static boolean overdue(Ticket ticket, Instant now) {
    return switch (ticket.state()) {
      case NEW -> now.isAfter(ticket.deadlines().acknowledgeBy());
      case ACKNOWLEDGED, IN_PROGRESS -> now.isAfter(ticket.deadlines().resolveBy());
      default -> false;
    };
  }
}
