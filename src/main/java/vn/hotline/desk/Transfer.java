package vn.hotline.desk;

import java.util.List;
import java.util.Optional;
import vn.hotline.ticket.Ticket;
import vn.hotline.unit.Unit;

/** Moves the ticket to the one unit the typed code or name means. */
final class Transfer {
  private final TicketAccess access;
  private final UnitNames unitNames;

  Transfer(TicketAccess access, UnitNames unitNames) {
    this.access = access;
    this.unitNames = unitNames;
  }

  void run(Asking a, String code, String typedUnit) {
    Optional<Ticket> ticket = access.existing(a, code);
    if (ticket.isEmpty()) {
      return;
    }
    List<Unit> targets = unitNames.meant(typedUnit);
    if (targets.size() != 1) {
      if (targets.isEmpty()) {
        a.tell("desk.unknownUnit", typedUnit);
      } else {
        a.tell("desk.ambiguousUnit", typedUnit, unitNames.describe(targets));
      }
      return;
    }
    Unit target = targets.getFirst();
    Decision decision = access.permissions().mayTransfer(a.userId(), ticket.get(), target.code());
    if (decision instanceof Decision.Refused refused) {
      a.tell(RefusalWords.key(refused.reason()), code);
      return;
    }
    access.apply(
        a,
        ticket.get(),
        ((Decision.Allowed) decision).officer(),
        (t, o) -> t.transfer(target.code(), target.code(), o, "", a.at),
        "desk.done.transferred",
        target.fullName());
  }
}
