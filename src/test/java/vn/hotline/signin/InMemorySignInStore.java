package vn.hotline.signin;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.hotline.roster.OfficerId;

/** A {@link SignInStore} in maps, counting the writes a test wants to see. */
final class InMemorySignInStore implements SignInStore {
  record Link(OfficerId officer, Instant expiresAt) {}

  final Map<String, Link> links = new HashMap<>();
  final Set<String> used = new HashSet<>();
  final Map<String, StoredSession> sessions = new HashMap<>();
  int touches;
  int forgets;

  @Override
  public synchronized void addLink(String tokenHash, OfficerId officer, Instant expiresAt) {
    links.put(tokenHash, new Link(officer, expiresAt));
  }

  @Override
  public synchronized Optional<OfficerId> useLink(String tokenHash, Instant now) {
    Link link = links.get(tokenHash);
    if (link == null || !link.expiresAt().isAfter(now) || !used.add(tokenHash)) {
      return Optional.empty();
    }
    return Optional.of(link.officer());
  }

  @Override
  public synchronized void addSession(
      String tokenHash, OfficerId officer, String csrf, Instant lastSeen) {
    sessions.put(tokenHash, new StoredSession(officer, csrf, lastSeen));
  }

  @Override
  public synchronized Optional<StoredSession> findSession(String tokenHash) {
    return Optional.ofNullable(sessions.get(tokenHash));
  }

  @Override
  public synchronized void touchSession(String tokenHash, Instant lastSeen) {
    touches++;
    sessions.computeIfPresent(
        tokenHash, (hash, s) -> new StoredSession(s.officer(), s.csrf(), lastSeen));
  }

  @Override
  public synchronized void endSession(String tokenHash) {
    sessions.remove(tokenHash);
  }

  @Override
  public synchronized void endSessionsOf(OfficerId officer) {
    sessions.values().removeIf(s -> s.officer().equals(officer));
  }

  @Override
  public synchronized void forgetExpired(Instant linksExpiredBefore, Instant sessionsIdleSince) {
    forgets++;
    links.values().removeIf(l -> l.expiresAt().isBefore(linksExpiredBefore));
    sessions.values().removeIf(s -> s.lastSeen().isBefore(sessionsIdleSince));
  }
}
