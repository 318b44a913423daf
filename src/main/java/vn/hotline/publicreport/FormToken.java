package vn.hotline.publicreport;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import vn.hotline.ticket.Channel;

/**
 * The random token each report form carries from the first page to the last choice. The report is
 * filed under it ({@link #origin}), so that a form sent twice files one ticket; a photo sent on the
 * first step waits under it while the citizen chooses. It names no one and grants nothing.
 */
final class FormToken {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");

  private FormToken() {}

  /** A new token: 128 random bits, 22 URL-safe characters. */
  static String fresh() {
    byte[] bits = new byte[16];
    RANDOM.nextBytes(bits);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
  }

  /** The token sent back if it has the shape of one this page made, else a new one. */
  static String orFresh(String sent) {
    return sent != null && SHAPE.matcher(sent).matches() ? sent : fresh();
  }

  /** What the ticket filed from the form with this token is named by. */
  static String origin(String token) {
    return Channel.WEB.id() + ":" + token;
  }
}
