package vn.hotline.desk;

import java.util.Optional;
import vn.hotline.ticket.Ticket;

/** Marks the ticket as a repeat of an earlier one, which carries the work from then on. */
final class LinkDuplicate {
  private final TicketAccess access;

  LinkDuplicate(TicketAccess access) {
    this.access = access;
  }

  void run(Asking a, String code, String originalCode) {
    Optional<Ticket> original = access.existing(a, originalCode);
    if (original.isEmpty()) {
      return;
    }
    // The original must be one the officer may see: a ticket is never linked across the desk blind.
    if (access.permissions().mayAct(a.userId(), original.get())
        instanceof Decision.Refused refused) {
      a.tell(RefusalWords.key(refused.reason()), original.get().code());
      return;
    }
    access.act(
        a,
        code,
        (t, o) -> t.markDuplicateOf(original.get(), o, a.at),
        "desk.done.duplicate",
        original.get().code());
  }
}
