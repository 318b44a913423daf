package vn.hotline.webdesk;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import vn.hotline.desk.WebOutcome;

/**
 * The outcome of an action, shown once on the ticket page the action redirects to. It travels in a
 * short-lived cookie rather than in the address, so that nobody can send a link that shows a
 * made-up outcome.
 *
 * @param done whether the ticket changed; a refusal is shown as one
 */
public record TicketFlash(boolean done, String message) {
  /** The largest photo an officer may upload. */
  public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

  static final String COOKIE = "hotline_flash";
  private static final int MAX_MESSAGE = 600;
  private static final String PATH = "/t/";

  static TicketFlash of(WebOutcome outcome) {
    return new TicketFlash(outcome.done(), outcome.message());
  }

  static TicketFlash refused(String message) {
    return new TicketFlash(false, message);
  }

  /** The flash the last action left, if any. */
  static Optional<TicketFlash> read(HttpRequest<?> request) {
    return request
        .getCookies()
        .findCookie(COOKIE)
        .map(Cookie::getValue)
        .filter(v -> v.length() > 1 && (v.charAt(0) == '1' || v.charAt(0) == '0'))
        .map(
            v ->
                new TicketFlash(
                    v.charAt(0) == '1', URLDecoder.decode(v.substring(1), StandardCharsets.UTF_8)));
  }

  Cookie cookie(boolean secure) {
    String text = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message;
    String value = (done ? "1" : "0") + URLEncoder.encode(text, StandardCharsets.UTF_8);
    return base(value, secure).maxAge(Duration.ofMinutes(1));
  }

  /** The cookie that removes the flash once shown. */
  static Cookie cleared(boolean secure) {
    return base("", secure).maxAge(0);
  }

  private static Cookie base(String value, boolean secure) {
    return Cookie.of(COOKIE, value).path(PATH).httpOnly(true).secure(secure).sameSite(SameSite.Lax);
  }
}
