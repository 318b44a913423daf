package vn.hotline.desk;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import vn.hotline.intake.CitizenNotices;
import vn.hotline.notify.Keyboard;
import vn.hotline.roster.Officer;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Attachment;
import vn.hotline.ticket.Refusal;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.Tickets;
import vn.hotline.ticket.Transition;
import vn.hotline.unit.NameKey;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/**
 * What officers do to tickets: claim, update, resolve, transfer, link a duplicate, reject. Each
 * action reads the ticket, asks {@link Permissions} about the ticket as stored, applies the change
 * only if the ticket is still in the unit that was checked, and tells the citizen. Cards follow by
 * themselves: the {@link CardBoard} watches every save.
 */
final class TicketWork {
  private static final Pattern TYPE_WORD =
      Pattern.compile("^(xa|phuong|thi tran|thi xa|thanh pho|huyen|tt|p|x)\\s+");
  private final Tickets tickets;
  private final TicketChanges changes;
  private final DeskRoster roster;
  private final UnitTree units;
  private final CitizenNotices notices;
  private final Prompts prompts;
  private final SimilarReports similar;
  private final CardBoard board;

  TicketWork(
      Tickets tickets,
      TicketChanges changes,
      DeskRoster roster,
      UnitTree units,
      CitizenNotices notices,
      Prompts prompts,
      SimilarReports similar,
      CardBoard board) {
    this.tickets = tickets;
    this.changes = changes;
    this.roster = roster;
    this.units = units;
    this.notices = notices;
    this.prompts = prompts;
    this.similar = similar;
    this.board = board;
  }

  Permissions permissions() {
    return new Permissions(roster.current(), units);
  }

  void acknowledge(Asking a, String code) {
    act(a, code, (t, officer) -> t.acknowledge(officer, a.at), "desk.done.acknowledged");
  }

  /** A leader (within their unit) or a supervisor (below theirs) hands the ticket to an officer. */
  void assign(Asking a, String code, String typedOfficer) {
    Optional<Ticket> ticket = existing(a, code);
    if (ticket.isEmpty()) {
      return;
    }
    Optional<Officer> assignee = officerNamed(typedOfficer);
    if (assignee.isEmpty()) {
      a.tell("desk.unknownOfficer", typedOfficer);
      return;
    }
    Decision decision = permissions().mayReassign(a.userId(), ticket.get(), assignee.get().id());
    if (decision instanceof Decision.Refused refused) {
      a.tell(key(refused.reason()), ticket.get().code().toString());
      return;
    }
    Actor to = Actor.officer(String.valueOf(assignee.get().id()), assignee.get().name());
    apply(
        a,
        ticket.get(),
        ((Decision.Allowed) decision).officer(),
        (t, by) -> t.assign(by, to, a.at),
        "desk.done.assigned",
        assignee.get().name());
  }

  // An officer by Telegram user id, or by a name that only one person on the roster has.
  private Optional<Officer> officerNamed(String typed) {
    String wanted = typed.strip();
    if (wanted.matches("\\d{1,18}")) { // 19 digits may overflow a long
      return roster.current().find(Long.parseLong(wanted));
    }
    List<Officer> named =
        roster.current().all().stream()
            .filter(o -> NameKey.fold(o.name()).equals(NameKey.fold(wanted)))
            .toList();
    return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
  }

  void note(Asking a, DeskRequest.Note n) {
    Attachment photo = n.photo().isEmpty() ? null : new Attachment("photo", n.photo(), true);
    if (n.action() == Prompt.Action.UPDATE) {
      act(a, n.code(), (t, o) -> t.postUpdate(o, n.note(), photo, a.at), "desk.done.updated");
    } else {
      act(a, n.code(), (t, o) -> t.resolve(o, n.note(), photo, a.at), "desk.done.resolved");
    }
  }

  /** Asks the officer for the note of an update or a result, to come as their next message. */
  void askNote(Asking a, String code, Prompt.Action action) {
    Optional<Ticket> ticket = allowed(a, code);
    if (ticket.isEmpty()) {
      return;
    }
    Ticket t = ticket.get();
    if (!t.state().isClaimed()) {
      tell(a, t.state() == TicketState.NEW ? Refusal.NOT_CLAIMED : Refusal.WRONG_STATE, t);
      return;
    }
    prompts.put(a.chatId(), a.userId(), new Prompt(action, t.code().toString(), a.at, ""));
    String key = action == Prompt.Action.UPDATE ? "desk.prompt.update" : "desk.prompt.resolve";
    a.finish();
    a.out.send(
        a.out.text(key, a.sender.displayName(), t.code().toString()),
        new Keyboard.ForceReply(t.code().toString()));
  }

  void transfer(Asking a, String code, String typedUnit) {
    Optional<Ticket> ticket = existing(a, code);
    if (ticket.isEmpty()) {
      return;
    }
    List<Unit> targets = targets(typedUnit);
    if (targets.size() != 1) {
      if (targets.isEmpty()) {
        a.tell("desk.unknownUnit", typedUnit);
      } else {
        a.tell("desk.ambiguousUnit", typedUnit, describe(targets));
      }
      return;
    }
    Unit target = targets.getFirst();
    Decision decision = permissions().mayTransfer(a.userId(), ticket.get(), target.code());
    if (decision instanceof Decision.Refused refused) {
      a.tell(key(refused.reason()), code);
      return;
    }
    apply(
        a,
        ticket.get(),
        ((Decision.Allowed) decision).officer(),
        (t, o) -> t.transfer(target.code(), target.code(), o, "", a.at),
        "desk.done.transferred",
        target.fullName());
  }

  void duplicate(Asking a, String code, String originalCode) {
    Optional<Ticket> original = existing(a, originalCode);
    if (original.isEmpty()) {
      return;
    }
    // The original must be one the officer may see: a ticket is never linked across the desk blind.
    if (permissions().mayAct(a.userId(), original.get()) instanceof Decision.Refused refused) {
      a.tell(key(refused.reason()), original.get().code().toString());
      return;
    }
    act(
        a,
        code,
        (t, o) -> t.markDuplicateOf(original.get(), o, a.at),
        "desk.done.duplicate",
        original.get().code().toString());
  }

  /** Links every open member of the cluster to the ticket that heads it. */
  void mergeSimilar(Asking a, String code) {
    Optional<Ticket> head = allowed(a, code);
    if (head.isEmpty()) {
      return;
    }
    int merged = 0;
    for (String member : similar.membersOf(head.get().code().toString())) {
      Optional<Ticket> ticket = tickets.find(member);
      if (ticket.isEmpty() || !permissions().mayAct(a.userId(), ticket.get()).isAllowed()) {
        continue;
      }
      Actor officer = actor(a);
      Transition done = changes.apply(member, t -> t.markDuplicateOf(head.get(), officer, a.at));
      if (done instanceof Transition.Applied applied) {
        notices.announce(applied.ticket());
        merged++;
      }
    }
    a.tell("desk.done.merged", merged, head.get().code().toString());
  }

  void reject(Asking a, String code, DeskRequest.Reason reason) {
    String text =
        switch (reason) {
          case DeskRequest.Reason.Written written -> written.text();
          case DeskRequest.Reason.Listed listed ->
              a.out.text("desk.reject.reason." + listed.number());
        };
    act(a, code, (t, o) -> t.reject(o, text, a.at), "desk.done.rejected");
  }

  /** The ticket with this code; when there is none, the asker is told so. */
  private Optional<Ticket> existing(Asking a, String code) {
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
      a.tell(key(refused.reason()), ticket.get().code().toString());
      return Optional.empty();
    }
    return ticket;
  }

  private void act(
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
      a.tell(key(refused.reason()), ticket.get().code().toString());
      return;
    }
    apply(a, ticket.get(), ((Decision.Allowed) decision).officer(), change, done, doneArgs);
  }

  private void apply(
      Asking a,
      Ticket checked,
      Officer officer,
      BiFunction<Ticket, Actor, Transition> change,
      String done,
      Object... doneArgs) {
    Actor actor = Actor.officer(String.valueOf(officer.id()), officer.name());
    // Permission was given for the ticket in its unit: if it moved meanwhile, decide again.
    Transition outcome =
        changes.apply(
            checked.code().toString(),
            t ->
                t.unitCode().equals(checked.unitCode())
                    ? change.apply(t, actor)
                    : new Transition.Refused(Refusal.CONFLICT, t));
    switch (outcome) {
      case Transition.Applied applied -> {
        notices.announce(applied.ticket());
        Object[] args = new Object[doneArgs.length + 1];
        args[0] = applied.ticket().code().toString();
        System.arraycopy(doneArgs, 0, args, 1, doneArgs.length);
        a.tell(done, args);
      }
      case Transition.Refused refused -> {
        if (refused.ticket() != null) {
          // Work redone after a crash finds its change made: the card and the citizen still hear.
          board.show(refused.ticket());
          notices.announce(refused.ticket());
        }
        tell(a, refused.reason(), refused.ticket());
      }
    }
  }

  private void tell(Asking a, Refusal reason, Ticket t) {
    String code = t == null ? "" : t.code().toString();
    switch (reason) {
      case UNKNOWN_TICKET -> a.tell("desk.unknownTicket", code);
      case ALREADY_CLAIMED -> a.tell("desk.alreadyClaimed", code, t.assigneeName().orElse("?"));
      case NOT_CLAIMED -> a.tell("desk.notClaimed", code);
      case NOTE_REQUIRED -> a.tell("desk.noteRequired", code);
      case SAME_UNIT -> a.tell("desk.sameUnit", code);
      case INVALID_DUPLICATE -> a.tell("desk.invalidDuplicate", code);
      case CONFLICT -> a.tell("desk.conflict", code);
      case WRONG_STATE -> a.tell("desk.wrongState", code, a.out.text("state." + t.state().name()));
    }
  }

  private Actor actor(Asking a) {
    Officer officer = roster.current().find(a.userId()).orElseThrow();
    return Actor.officer(String.valueOf(officer.id()), officer.name());
  }

  static String key(Decision.Reason reason) {
    return switch (reason) {
      case NOT_ON_ROSTER -> "desk.notOnRoster";
      case INVALID_TARGET -> "desk.invalidTarget";
      case ASSIGNEE_CANNOT_ACT -> "desk.assigneeCannotAct";
      case UNKNOWN_UNIT, OUTSIDE_UNITS, ROLE_NOT_ALLOWED -> "desk.notAllowed";
    };
  }

  /** The units a typed code or name can mean: a code exactly, or communes of that name. */
  List<Unit> targets(String typed) {
    Optional<Unit> byCode = units.find(typed.strip());
    if (byCode.isPresent()) {
      return List.of(byCode.get());
    }
    String name = TYPE_WORD.matcher(NameKey.fold(typed)).replaceFirst("");
    List<Unit> named = units.named(name);
    List<Unit> communes = named.stream().filter(u -> u.level() == UnitLevel.COMMUNE).toList();
    return communes.isEmpty() ? named : communes;
  }

  private String describe(List<Unit> candidates) {
    return String.join(
        "; ",
        candidates.stream()
            .map(
                u ->
                    u.code()
                        + " "
                        + u.fullName()
                        + units.parentOf(u).map(p -> ", " + p.fullName()).orElse(""))
            .toList());
  }
}
