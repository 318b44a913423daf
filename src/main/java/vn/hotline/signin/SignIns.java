package vn.hotline.signin;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import vn.hotline.roster.OfficerId;

/**
 * Officers' sign-in to the web desk: one-time links the bot sends them, and the sessions those
 * links start. Tokens are 256 random bits; the store sees only their hashes.
 */
public final class SignIns {
  public static final Duration LINK_LIFE = Duration.ofMinutes(10);
  public static final Duration IDLE_LIMIT = Duration.ofHours(12);

  /** How often a visit is written: finer would write on every page a busy officer opens. */
  static final Duration VISIT_RESOLUTION = Duration.ofMinutes(1);

  static final Duration FORGET_EVERY = Duration.ofHours(1);
  private static final int TOKEN_BYTES = 32;
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final SignInStore store;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final AtomicReference<Instant> lastForgotten = new AtomicReference<>(Instant.MIN);

  public SignIns(SignInStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public SignInLink issueLink(OfficerId officer) {
    Instant now = clock.instant();
    forgetExpiredNowAndThen(now);
    String token = newToken();
    Instant expiresAt = now.plus(LINK_LIFE);
    store.addLink(hash(token), officer, expiresAt);
    return new SignInLink(token, expiresAt);
  }

  /** A new session for the link's officer, if the link was never used and has not expired. */
  public Optional<Session> redeem(String linkToken) {
    Instant now = clock.instant();
    forgetExpiredNowAndThen(now);
    if (!wellFormed(linkToken)) {
      return Optional.empty();
    }
    return store.useLink(hash(linkToken), now).map(this::start);
  }

  /** A session for an officer whose identity was proven otherwise (Telegram's login widget). */
  public Session start(OfficerId officer) {
    String token = newToken();
    String csrf = newToken();
    Instant now = clock.instant();
    store.addSession(hash(token), officer, csrf, now);
    return new Session(token, officer, csrf, now);
  }

  /**
   * The session, unless unknown, ended or idle longer than {@link #IDLE_LIMIT}; records the visit.
   * The visit is written at most once a {@link #VISIT_RESOLUTION}, so a session may end that much
   * before twelve hours after its last visit, never after.
   */
  public Optional<Session> session(String sessionToken) {
    if (!wellFormed(sessionToken)) {
      return Optional.empty();
    }
    String hash = hash(sessionToken);
    Instant now = clock.instant();
    return store
        .findSession(hash)
        .filter(s -> !now.isAfter(s.lastSeen().plus(IDLE_LIMIT)))
        .map(
            s -> {
              Instant seen = s.lastSeen();
              if (!now.isBefore(seen.plus(VISIT_RESOLUTION))) {
                store.touchSession(hash, now);
                seen = now;
              }
              return new Session(sessionToken, s.officer(), s.csrf(), seen);
            });
  }

  public void end(String sessionToken) {
    if (wellFormed(sessionToken)) {
      store.endSession(hash(sessionToken));
    }
  }

  /** Ends every session of the officer, in every browser (when they leave the roster, say). */
  public void endAllOf(OfficerId officer) {
    store.endSessionsOf(officer);
  }

  // Piggy-backed on sign-ins rather than a thread of its own: expired entries are refused anyway,
  // this only keeps the collections small.
  private void forgetExpiredNowAndThen(Instant now) {
    Instant last = lastForgotten.get();
    if (now.isBefore(last.plus(FORGET_EVERY)) || !lastForgotten.compareAndSet(last, now)) {
      return;
    }
    store.forgetExpired(now, now.minus(IDLE_LIMIT));
  }

  private String newToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  // Anything else cannot be a token this class made: no need to ask the store.
  private static boolean wellFormed(String token) {
    return token != null && TOKEN.matcher(token).matches();
  }

  static String hash(String token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(token.getBytes(US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
