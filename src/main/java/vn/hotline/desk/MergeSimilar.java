package vn.hotline.desk;

import java.util.Optional;
import vn.hotline.intake.CitizenNotices;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.TicketCode;
import vn.hotline.ticket.Tickets;
import vn.hotline.ticket.Transition;

/** Links every open member of the cluster to the ticket that heads it. */
final class MergeSimilar {
  private final TicketAccess access;
  private final Tickets tickets;
  private final TicketChanges changes;
  private final SimilarReports similar;
  private final CitizenNotices notices;

  MergeSimilar(
      TicketAccess access,
      Tickets tickets,
      TicketChanges changes,
      SimilarReports similar,
      CitizenNotices notices) {
    this.access = access;
    this.tickets = tickets;
    this.changes = changes;
    this.similar = similar;
    this.notices = notices;
  }

  void run(Asking a, String code) {
    Optional<Ticket> head = access.allowed(a, code);
    if (head.isEmpty()) {
      return;
    }
    int merged = 0;
    for (TicketCode member : similar.membersOf(head.get().code())) {
      Optional<Ticket> ticket = tickets.find(member);
      if (ticket.isEmpty() || !access.permissions().mayAct(a.userId(), ticket.get()).isAllowed()) {
        continue;
      }
      Actor officer = access.actor(a);
      Transition done = changes.apply(member, t -> t.markDuplicateOf(head.get(), officer, a.at));
      if (done instanceof Transition.Applied applied) {
        notices.announce(applied.ticket());
        merged++;
      }
    }
    a.tell("desk.done.merged", merged, head.get().code());
  }
}
