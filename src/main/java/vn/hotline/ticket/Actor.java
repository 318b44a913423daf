package vn.hotline.ticket;

import java.util.Objects;

/**
 * Who made a change. A citizen appears without an identity: histories are shown to officers, and
 * reporters of neighbours are never shown to them.
 *
 * @param role what kind of actor
 * @param id the officer's id (their Telegram user id, as text), empty for citizens and the system
 * @param name how the actor is shown in a history
 */
public record Actor(Role role, String id, String name) {

  /** The kinds of actor. */
  public enum Role {
    CITIZEN,
    OFFICER,
    SYSTEM
  }

  public Actor {
    Objects.requireNonNull(role, "role");
    id = id == null ? "" : id;
    name = name == null ? "" : name;
  }

  public static Actor citizen() {
    return new Actor(Role.CITIZEN, "", "");
  }

  public static Actor system() {
    return new Actor(Role.SYSTEM, "", "");
  }

  public static Actor officer(String id, String name) {
    return new Actor(Role.OFFICER, id, name);
  }
}
