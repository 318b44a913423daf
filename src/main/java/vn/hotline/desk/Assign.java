package vn.hotline.desk;

import java.util.Optional;
import vn.hotline.roster.Officer;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Ticket;

/** A leader (within their unit) or a supervisor (below theirs) hands the ticket to an officer. */
final class Assign {
  private final TicketAccess access;
  private final OfficerNames officers;

  Assign(TicketAccess access, OfficerNames officers) {
    this.access = access;
    this.officers = officers;
  }

  void run(Asking a, String code, String typedOfficer) {
    Optional<Ticket> ticket = access.existing(a, code);
    if (ticket.isEmpty()) {
      return;
    }
    Optional<Officer> assignee = officers.find(typedOfficer);
    if (assignee.isEmpty()) {
      a.tell("desk.unknownOfficer", typedOfficer);
      return;
    }
    Decision decision =
        access.permissions().mayReassign(a.userId(), ticket.get(), assignee.get().id().value());
    if (decision instanceof Decision.Refused refused) {
      a.tell(RefusalWords.key(refused.reason()), ticket.get().code());
      return;
    }
    Actor to = Actor.officer(assignee.get().id(), assignee.get().name());
    access.apply(
        a,
        ticket.get(),
        ((Decision.Allowed) decision).officer(),
        (t, by) -> t.assign(by, to, a.at),
        "desk.done.assigned",
        assignee.get().name());
  }
}
