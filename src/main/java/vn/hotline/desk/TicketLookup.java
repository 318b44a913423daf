package vn.hotline.desk;

/** What the web desk finds under a ticket code for one officer. */
public sealed interface TicketLookup {
  record Found(TicketView ticket) implements TicketLookup {}

  /** No ticket has that code. */
  record Unknown() implements TicketLookup {}

  /** The ticket is not in the officer's units (for a supervisor, not below theirs). */
  record Forbidden() implements TicketLookup {}
}
