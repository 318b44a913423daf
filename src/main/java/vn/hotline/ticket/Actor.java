package vn.hotline.ticket;

import java.util.Objects;
import vn.hotline.roster.OfficerId;

/**
 * Who made a change. A citizen appears without an identity: histories are shown to officers, and
 * reporters of neighbours are never shown to them.
 *
 * @param role what kind of actor
 * @param id the officer, or null for citizens and the system
 * @param name how the actor is shown in a history
 * @param viaWeb whether an officer acted from the web desk rather than from Telegram
 */
public record Actor(Role role, OfficerId id, String name, boolean viaWeb) {

  /** The kinds of actor. */
  public enum Role {
    CITIZEN,
    OFFICER,
    SYSTEM
  }

  public Actor {
    Objects.requireNonNull(role, "role");
    name = name == null ? "" : name;
  }

  /** An actor as the chat knows them: the way every change was made before the web desk. */
  public Actor(Role role, OfficerId id, String name) {
    this(role, id, name, false);
  }

  public static Actor citizen() {
    return new Actor(Role.CITIZEN, null, "");
  }

  public static Actor system() {
    return new Actor(Role.SYSTEM, null, "");
  }

  public static Actor officer(OfficerId id, String name) {
    return new Actor(Role.OFFICER, id, name);
  }

  /** The same actor, acting from the web desk. */
  public Actor onTheWeb() {
    return new Actor(role, id, name, true);
  }
}
