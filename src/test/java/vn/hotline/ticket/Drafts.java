package vn.hotline.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.hotline.category.Priority;

/** Drafts of tickets for tests. */
public final class Drafts {
  private Drafts() {}

  public static NewTicket draft(String unitCode, Priority priority, Instant filedAt, String text) {
    Instant at = filedAt.truncatedTo(ChronoUnit.MILLIS);
    return new NewTicket(
        "test:" + java.util.UUID.randomUUID(),
        "PN",
        unitCode,
        "",
        "SPONTANEOUS_MARKET",
        priority,
        text,
        List.of(),
        new Reporter("telegram", "4242"),
        Contact.NONE,
        0.87,
        at,
        at.plus(Duration.ofHours(2)),
        at.plus(Duration.ofHours(72)));
  }

  public static NewTicket draft(String text) {
    return draft("25267", Priority.NORMAL, Instant.now(), text);
  }
}
