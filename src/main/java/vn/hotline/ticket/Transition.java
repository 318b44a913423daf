package vn.hotline.ticket;

/**
 * The outcome of asking a ticket to change: the changed ticket, or a refusal with the ticket as it
 * is.
 */
public sealed interface Transition {

  /** The change was made; {@code ticket} is the ticket after it. */
  record Applied(Ticket ticket) implements Transition {}

  /**
   * The change was refused.
   *
   * @param reason why
   * @param ticket the ticket as it stands, or {@code null} when the reason is {@link
   *     Refusal#UNKNOWN_TICKET}
   */
  record Refused(Refusal reason, Ticket ticket) implements Transition {}

  default boolean applied() {
    return this instanceof Applied;
  }
}
