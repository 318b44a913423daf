package vn.hotline.ticket;

import vn.hotline.roster.OfficerId;

/**
 * Who works on a ticket, or which ticket does the work instead.
 *
 * @param assigneeId the officer who claimed the ticket, or null
 * @param duplicateOf the code of the ticket this one repeats, or null
 */
public record Handling(OfficerId assigneeId, TicketCode duplicateOf) {

  /** A ticket nobody has claimed and that repeats no other. */
  public static final Handling NONE = new Handling(null, null);

  /** The ticket in {@code officerId}'s hands. */
  public Handling assignedTo(OfficerId officerId) {
    return new Handling(officerId, duplicateOf);
  }

  /** The ticket as a repeat of {@code original}. */
  public Handling linkedTo(TicketCode original) {
    return new Handling(assigneeId, original);
  }
}
