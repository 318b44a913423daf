package vn.hotline.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the demo page's forms carry besides their fields: the page's token (a cookie and a hidden
 * field that must be equal: a page of another site can set neither), and who acts in each group,
 * remembered in a cookie so that the choice outlives the reload after a form.
 */
final class DemoForms {
  static final String TOKEN_COOKIE = "hotline_demo";
  static final String ACTING_COOKIE = "hotline_demo_as_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private DemoForms() {}

  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static Optional<String> token(HttpRequest<?> request) {
    return request
        .getCookies()
        .findCookie(TOKEN_COOKIE)
        .map(Cookie::getValue)
        .filter(t -> t.matches("[A-Za-z0-9_-]{43}"));
  }

  static Cookie tokenCookie(String token) {
    return Cookie.of(TOKEN_COOKIE, token).path("/demo").httpOnly(true).sameSite(SameSite.Strict);
  }

  static boolean tokenMatches(HttpRequest<?> request, Map<String, String> form) {
    Optional<String> cookie = token(request);
    String field = form.get(Forms.CSRF);
    return cookie.isPresent()
        && field != null
        && MessageDigest.isEqual(
            cookie.get().getBytes(StandardCharsets.US_ASCII),
            field.getBytes(StandardCharsets.US_ASCII));
  }

  /** Who acts in each group chat, by chat id. */
  static Map<Long, Long> acting(HttpRequest<?> request) {
    Map<Long, Long> acting = new HashMap<>();
    for (Cookie cookie : request.getCookies().getAll()) {
      if (cookie.getName().startsWith(ACTING_COOKIE)) {
        long chat = -number(cookie.getName().substring(ACTING_COOKIE.length()));
        acting.put(chat, number(cookie.getValue()));
      }
    }
    return acting;
  }

  static Cookie actingCookie(long groupChat, long person) {
    return Cookie.of(ACTING_COOKIE + -groupChat, String.valueOf(person))
        .path("/demo")
        .httpOnly(true)
        .sameSite(SameSite.Strict);
  }

  /** A number of a form or cookie, or 0 for none. */
  static long number(String text) {
    try {
      return text == null ? 0 : Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** PNG or JPEG by their first bytes; anything else is served as a download. */
  static MediaType imageType(byte[] bytes) {
    if (bytes.length > 3 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
      return MediaType.IMAGE_PNG_TYPE;
    }
    if (bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
      return MediaType.IMAGE_JPEG_TYPE;
    }
    return MediaType.APPLICATION_OCTET_STREAM_TYPE;
  }
}
