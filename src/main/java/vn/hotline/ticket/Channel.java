package vn.hotline.ticket;

import java.util.Arrays;

/** A way citizens reach the hotline. */
public enum Channel {
  TELEGRAM("telegram"),
  /** The public report page: the citizen follows the ticket by its code, nothing is sent back. */
  WEB("web"),
  /** A partner system speaking Open311 GeoReport v2; it follows its tickets by asking. */
  OPEN311("open311");

  private final String id;

  Channel(String id) {
    this.id = id;
  }

  /** The channel's name where it is stored and in ids made from it; never changes. */
  public String id() {
    return id;
  }

  /** The channel stored under {@code id}. */
  public static Channel withId(String id) {
    return Arrays.stream(values())
        .filter(c -> c.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown channel: " + id));
  }
}
