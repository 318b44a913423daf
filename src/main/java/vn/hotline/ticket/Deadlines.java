package vn.hotline.ticket;

import java.time.Instant;

/**
 * When a ticket was filed and when the SLA wants it acknowledged and resolved.
 *
 * @param filedAt when it was filed
 * @param acknowledgeBy when the SLA wants it acknowledged
 * @param resolveBy when the SLA wants it resolved
 */
public record Deadlines(Instant filedAt, Instant acknowledgeBy, Instant resolveBy) {

  /** The deadlines with a new time to resolve, e.g. counted from a reopening. */
  public Deadlines withResolveBy(Instant newResolveBy) {
    return new Deadlines(filedAt, acknowledgeBy, newResolveBy);
  }
}
