package vn.hotline.signin;

import java.time.Instant;
import java.util.Optional;
import vn.hotline.roster.OfficerId;

/**
 * Where sign-in links and sessions are kept, by the SHA-256 hex of their tokens: the store never
 * holds a token that would let anyone in.
 */
public interface SignInStore {

  void addLink(String tokenHash, OfficerId officer, Instant expiresAt);

  /**
   * The link's officer, once: of callers racing for one link exactly one wins, and only while it
   * has not expired. A used link stays used.
   */
  Optional<OfficerId> useLink(String tokenHash, Instant now);

  void addSession(String tokenHash, OfficerId officer, String csrf, Instant lastSeen);

  Optional<StoredSession> findSession(String tokenHash);

  void touchSession(String tokenHash, Instant lastSeen);

  void endSession(String tokenHash);

  void endSessionsOf(OfficerId officer);

  /** Drops links that expired before the first instant and sessions not seen since the second. */
  void forgetExpired(Instant linksExpiredBefore, Instant sessionsIdleSince);

  record StoredSession(OfficerId officer, String csrf, Instant lastSeen) {}
}
