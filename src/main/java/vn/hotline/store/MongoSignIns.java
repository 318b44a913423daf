package vn.hotline.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import vn.hotline.roster.OfficerId;
import vn.hotline.signin.SignInStore;

/**
 * {@link SignInStore} in two collections, each document's id the SHA-256 hex of its token: {@code
 * signin_links} for one-time links, {@code web_sessions} for the sessions they start.
 */
final class MongoSignIns implements SignInStore {
  static final String LINKS = "signin_links";
  static final String SESSIONS = "web_sessions";
  static final String OFFICER = "officer";
  static final String EXPIRES_AT = "expiresAt";
  static final String LAST_SEEN = "lastSeen";
  private static final String USED = "used";
  private static final String CSRF = "csrf";

  private final MongoCollection<Document> links;
  private final MongoCollection<Document> sessions;
  private final Durability durability;

  MongoSignIns(MongoStore store) {
    this.links = store.database().getCollection(LINKS);
    this.sessions = store.database().getCollection(SESSIONS);
    this.durability = store.durability();
  }

  @Override
  public void addLink(String tokenHash, OfficerId officer, Instant expiresAt) {
    links.insertOne(
        new Document("_id", tokenHash)
            .append(OFFICER, officer.value())
            .append(EXPIRES_AT, Date.from(expiresAt))
            .append(USED, false));
    durability.sync();
  }

  @Override
  public Optional<OfficerId> useLink(String tokenHash, Instant now) {
    Document link =
        links.findOneAndUpdate(
            Filters.and(
                Filters.eq("_id", tokenHash),
                Filters.eq(USED, false),
                Filters.gt(EXPIRES_AT, Date.from(now))),
            Updates.set(USED, true));
    if (link == null) {
      return Optional.empty();
    }
    // Before the session starts: a use lost in a crash would let the link in a second time.
    durability.sync();
    return Optional.of(officer(link));
  }

  @Override
  public void addSession(String tokenHash, OfficerId officer, String csrf, Instant lastSeen) {
    sessions.insertOne(
        new Document("_id", tokenHash)
            .append(OFFICER, officer.value())
            .append(CSRF, csrf)
            .append(LAST_SEEN, Date.from(lastSeen)));
    durability.sync();
  }

  @Override
  public Optional<StoredSession> findSession(String tokenHash) {
    return Optional.ofNullable(sessions.find(Filters.eq("_id", tokenHash)).first())
        .map(
            d ->
                new StoredSession(officer(d), d.getString(CSRF), d.getDate(LAST_SEEN).toInstant()));
  }

  // Not synced: a visit lost in a crash only brings the session's end a little closer. Never moves
  // it back, should two visits cross.
  @Override
  public void touchSession(String tokenHash, Instant lastSeen) {
    Date seen = Date.from(lastSeen);
    sessions.updateOne(
        Filters.and(Filters.eq("_id", tokenHash), Filters.lt(LAST_SEEN, seen)),
        Updates.set(LAST_SEEN, seen));
  }

  // Synced: a sign-out must not come undone in a crash.
  @Override
  public void endSession(String tokenHash) {
    sessions.deleteOne(Filters.eq("_id", tokenHash));
    durability.sync();
  }

  @Override
  public void endSessionsOf(OfficerId officer) {
    sessions.deleteMany(Filters.eq(OFFICER, officer.value()));
    durability.sync();
  }

  // Not synced: what comes back after a crash is refused as expired and forgotten again.
  @Override
  public void forgetExpired(Instant linksExpiredBefore, Instant sessionsIdleSince) {
    links.deleteMany(Filters.lt(EXPIRES_AT, Date.from(linksExpiredBefore)));
    sessions.deleteMany(Filters.lt(LAST_SEEN, Date.from(sessionsIdleSince)));
  }

  private static OfficerId officer(Document d) {
    return new OfficerId(d.get(OFFICER, Number.class).longValue());
  }
}
