package vn.hotline.desk;

import java.util.Optional;
import java.util.function.BiFunction;
import vn.hotline.intake.CitizenNotices;
import vn.hotline.roster.Officer;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Refusal;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.Tickets;
import vn.hotline.ticket.Transition;
import vn.hotline.unit.UnitTree;

/**
 * The steps every officer's action on a ticket shares: read the ticket, ask {@link Permissions}
 * about the ticket as stored, apply the change only if the ticket is still in the unit that was
 * checked, and tell the citizen. Cards follow by themselves: the {@link CardBoard} watches every
 * save.
 */
final class TicketAccess {
  private final Tickets tickets;
  private final TicketChanges changes;
  private final DeskRoster roster;
  private final UnitTree units;
  private final CitizenNotices notices;
  private final CardBoard board;

  TicketAccess(
      Tickets tickets,
      TicketChanges changes,
      DeskRoster roster,
      UnitTree units,
      CitizenNotices notices,
      CardBoard board) {
    this.tickets = tickets;
    this.changes = changes;
    this.roster = roster;
    this.units = units;
    this.notices = notices;
    this.board = board;
  }

  Permissions permissions() {
    return new Permissions(roster.current(), units);
  }

  /** The ticket with this code; when there is none, the asker is told so. */
  Optional<Ticket> existing(Asking a, String code) {
    Optional<Ticket> ticket = tickets.find(code);
    if (ticket.isEmpty()) {
      a.tell("desk.unknownTicket", code);
    }
    return ticket;
  }

  /** The ticket, when it exists and the asker may act on it; otherwise they are told why not. */
  Optional<Ticket> allowed(Asking a, String code) {
    Optional<Ticket> ticket = existing(a, code);
    if (ticket.isEmpty()) {
      return Optional.empty();
    }
    if (permissions().mayAct(a.userId(), ticket.get()) instanceof Decision.Refused refused) {
      a.tell(RefusalWords.key(refused.reason()), ticket.get().code());
      return Optional.empty();
    }
    return ticket;
  }

  /** Applies {@code change} to the ticket when the asker may act on it, and tells the outcome. */
  void act(
      Asking a,
      String code,
      BiFunction<Ticket, Actor, Transition> change,
      String done,
      Object... doneArgs) {
    Optional<Ticket> ticket = existing(a, code);
    if (ticket.isEmpty()) {
      return;
    }
    Decision decision = permissions().mayAct(a.userId(), ticket.get());
    if (decision instanceof Decision.Refused refused) {
      a.tell(RefusalWords.key(refused.reason()), ticket.get().code());
      return;
    }
    apply(a, ticket.get(), ((Decision.Allowed) decision).officer(), change, done, doneArgs);
  }

  /** Applies {@code change}, which {@code officer} was allowed on {@code checked}. */
  void apply(
      Asking a,
      Ticket checked,
      Officer officer,
      BiFunction<Ticket, Actor, Transition> change,
      String done,
      Object... doneArgs) {
    Actor actor = actor(a, officer);
    // Permission was given for the ticket in its unit: if it moved meanwhile, decide again.
    Transition outcome =
        changes.apply(
            checked.code(),
            t ->
                t.whereabouts().unitCode().equals(checked.whereabouts().unitCode())
                    ? change.apply(t, actor)
                    : new Transition.Refused(Refusal.CONFLICT, t));
    switch (outcome) {
      case Transition.Applied applied -> {
        a.changedTicket();
        notices.announce(applied.ticket());
        Object[] args = new Object[doneArgs.length + 1];
        args[0] = applied.ticket().code();
        System.arraycopy(doneArgs, 0, args, 1, doneArgs.length);
        a.tell(done, args);
      }
      case Transition.Refused refused -> {
        if (refused.ticket() != null) {
          // Work redone after a crash finds its change made: the card and the citizen still hear.
          board.show(refused.ticket());
          notices.announce(refused.ticket());
        }
        RefusalWords.tell(a, refused.reason(), refused.ticket());
      }
    }
  }

  /** The asker as the actor of a change; they were found on the roster before. */
  Actor actor(Asking a) {
    return actor(a, roster.current().find(a.userId()).orElseThrow());
  }

  private static Actor actor(Asking a, Officer officer) {
    Actor actor = Actor.officer(officer.id(), officer.name());
    return a.fromWeb() ? actor.onTheWeb() : actor;
  }
}
