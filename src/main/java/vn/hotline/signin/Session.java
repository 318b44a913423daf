package vn.hotline.signin;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.time.Instant;
import vn.hotline.roster.OfficerId;

/**
 * An officer signed in to the web desk: the session token their browser holds, and the csrf token
 * its forms must send back.
 */
public record Session(String token, OfficerId officer, String csrf, Instant lastSeen) {

  /** Whether a form sent this session's csrf token, compared in time that does not depend on it. */
  public boolean csrfMatches(String presented) {
    return presented != null
        && MessageDigest.isEqual(csrf.getBytes(UTF_8), presented.getBytes(UTF_8));
  }

  // A record would print the tokens; logs never see them.
  @Override
  public String toString() {
    return "Session[officer=" + officer + ", lastSeen=" + lastSeen + "]";
  }
}
