package vn.hotline.ticket;

import java.util.Optional;
import java.util.function.Function;

/**
 * Applies a change to a stored ticket so that concurrent changes never overwrite each other: read,
 * change, save only if nobody changed it meanwhile, and otherwise decide again on the fresh ticket.
 * Two officers claiming at once: one is saved, the other re-reads and is refused as already
 * claimed.
 */
public final class TicketChanges {
  private static final int ATTEMPTS = 5;

  private final Tickets tickets;

  public TicketChanges(Tickets tickets) {
    this.tickets = tickets;
  }

  /** The ticket as stored now. */
  public Optional<Ticket> find(TicketCode code) {
    return tickets.find(code);
  }

  /** Applies {@code change} to the ticket with this code and saves the result. */
  public Transition apply(TicketCode code, Function<Ticket, Transition> change) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Optional<Ticket> current = tickets.find(code);
      if (current.isEmpty()) {
        return new Transition.Refused(Refusal.UNKNOWN_TICKET, null);
      }
      Transition outcome = change.apply(current.get());
      if (!(outcome instanceof Transition.Applied applied)
          || tickets.replace(current.get(), applied.ticket())) {
        return outcome;
      }
    }
    Ticket latest = tickets.find(code).orElse(null);
    return new Transition.Refused(
        latest == null ? Refusal.UNKNOWN_TICKET : Refusal.CONFLICT, latest);
  }
}
