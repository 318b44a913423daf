package vn.hotline.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.hotline.access.ApiKey;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Tickets;

/**
 * What a {@code POST requests} is filed under, so that a partner who sends it again gets the first
 * ticket back instead of a second one (see {@link vn.hotline.ticket.NewTicket#origin()}).
 *
 * <p>With an {@code Idempotency-Key} header, the key names the request: the same header from the
 * same API key is the same request, at any time. Without one, a request that says the same as
 * another of the same API key within a minute (a retry after a timeout, a double click) is taken
 * for it: its fields' fingerprint and the minute it came in name it, and a ticket filed under the
 * previous minute's name less than a minute ago is given back too.
 *
 * @param origin what the filing is named by
 * @param previousMinute the name the same fields had the minute before, without a header
 */
record Open311Origin(String origin, Optional<String> previousMinute) {
  static final int MAX_IDEMPOTENCY_KEY = 200;

  static final Duration SAME_REQUEST_WITHIN = Duration.ofMinutes(1);

  /** The API key as an origin names it: a prefix of its hash, never the key. */
  static String identity(ApiKey key) {
    return key.sha256().substring(0, 12);
  }

  static Open311Origin keyed(ApiKey key, String idempotencyKey) {
    return new Open311Origin("open311:" + identity(key) + ":" + idempotencyKey, Optional.empty());
  }

  static Open311Origin fingerprinted(ApiKey key, Open311Submission submission, Instant at) {
    String prefix = "open311:" + identity(key) + ":fp:" + fingerprint(submission) + ":";
    long minute = at.getEpochSecond() / SAME_REQUEST_WITHIN.toSeconds();
    return new Open311Origin(prefix + minute, Optional.of(prefix + (minute - 1)));
  }

  /** The ticket this request repeats, if it repeats one. */
  Optional<Ticket> repeated(Tickets tickets, Instant now) {
    return tickets
        .filedFrom(origin)
        .or(
            () ->
                previousMinute
                    .flatMap(tickets::filedFrom)
                    .filter(t -> t.deadlines().filedAt().isAfter(now.minus(SAME_REQUEST_WITHIN))));
  }

  /** What makes two requests the same: the words, the contact and the place. */
  private static String fingerprint(Open311Submission s) {
    List<String> fields =
        List.of(
            s.description(),
            s.contact().phone(),
            s.contact().address(),
            s.point().map(p -> p.latitude() + "," + p.longitude()).orElse(""),
            s.addressString(),
            s.addressId().map(Object::toString).orElse(""));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(String.join("\u0000", fields).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
