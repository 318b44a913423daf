package vn.hotline.ticket;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import vn.hotline.category.Priority;
import vn.hotline.unit.UnitCode;

/** Drafts of tickets and their codes for tests. */
public final class Drafts {
  /** A key for tests, never a deployment's: the store makes those at random. */
  public static final CodeKey CODE_KEY = new CodeKey(new byte[32]);

  private Drafts() {}

  /** The code of the {@code sequence}-th ticket under {@link #CODE_KEY}. */
  public static TicketCode code(String prefix, long sequence) {
    return TicketCode.of(prefix, sequence, CODE_KEY);
  }

  public static NewTicket draft(String unitCode, Priority priority, Instant filedAt, String text) {
    Instant at = filedAt.truncatedTo(ChronoUnit.MILLIS);
    return new NewTicket(
        "test:" + java.util.UUID.randomUUID(),
        "PN",
        new Whereabouts(new UnitCode(unitCode), null),
        new Reported(
            "SPONTANEOUS_MARKET",
            priority,
            text,
            List.of(),
            new Reporter(Channel.TELEGRAM, "4242"),
            Contact.NONE,
            0.87),
        new Deadlines(at, at.plus(Duration.ofHours(2)), at.plus(Duration.ofHours(72))));
  }

  public static NewTicket draft(String text) {
    return draft("25267", Priority.NORMAL, Instant.now(), text);
  }
}
