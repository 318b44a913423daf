package vn.hotline.ticket;

import static vn.hotline.ticket.TicketState.ACKNOWLEDGED;
import static vn.hotline.ticket.TicketState.CLOSED;
import static vn.hotline.ticket.TicketState.DUPLICATE;
import static vn.hotline.ticket.TicketState.IN_PROGRESS;
import static vn.hotline.ticket.TicketState.NEW;
import static vn.hotline.ticket.TicketState.REJECTED;
import static vn.hotline.ticket.TicketState.RESOLVED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.hotline.category.Priority;
import vn.hotline.roster.OfficerId;
import vn.hotline.ticket.HistoryEntry.Kind;
import vn.hotline.unit.UnitCode;

/**
 * A citizen's report in a unit's queue, and everything that has happened to it.
 *
 * <p>Immutable: every change is a method that returns the changed ticket (one more history entry,
 * one more version) or a refusal. The store saves a change only if nobody else changed the ticket
 * first.
 *
 * @param whereabouts the unit whose queue the ticket is in, and the place the report is about
 * @param reported what the citizen reported and how it was classified
 * @param handling who has the ticket, or which ticket it repeats
 * @param deadlines when it was filed and is due
 * @param version how many changes the ticket has seen; the store's guard against lost updates
 */
public record Ticket(
    TicketCode code,
    TicketState state,
    Whereabouts whereabouts,
    Reported reported,
    Handling handling,
    Deadlines deadlines,
    List<HistoryEntry> history,
    long version) {

  public Ticket {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(state, "state");
    history = List.copyOf(history);
  }

  /** The ticket as filed: {@code NEW}, with one history entry. */
  public static Ticket filed(TicketCode code, NewTicket draft) {
    HistoryEntry filing =
        new HistoryEntry(
            draft.deadlines().filedAt(),
            Actor.citizen(),
            null,
            NEW,
            Kind.FILED,
            draft.filingNote(),
            "");
    return new Ticket(
        code,
        NEW,
        draft.whereabouts(),
        draft.reported(),
        Handling.NONE,
        draft.deadlines(),
        List.of(filing),
        0);
  }

  /** An officer claims the ticket; the first to do so wins. */
  public Transition acknowledge(Actor officer, Instant at) {
    if (state.isClaimed() || state == RESOLVED) {
      return refuse(Refusal.ALREADY_CLAIMED);
    }
    if (state != NEW) {
      return refuse(Refusal.WRONG_STATE);
    }
    return applied(
        moved(ACKNOWLEDGED, officer, Kind.ACKNOWLEDGED, "", at).assignedTo(officer.id()));
  }

  /**
   * A leader or supervisor hands the ticket to an officer: a new ticket is acknowledged on their
   * behalf, a claimed one changes hands.
   */
  public Transition assign(Actor by, Actor assignee, Instant at) {
    if (!state.awaitsOfficer()) {
      return wrongState();
    }
    if (assignee.id().equals(handling.assigneeId())) {
      return refuse(Refusal.ALREADY_CLAIMED);
    }
    TicketState to = state == NEW ? ACKNOWLEDGED : state;
    return applied(moved(to, by, Kind.ASSIGNED, assignee.name(), at).assignedTo(assignee.id()));
  }

  /** The officer posts what is being done. */
  public Transition postUpdate(Actor officer, String note, Instant at) {
    return postUpdate(officer, note, null, at);
  }

  /** The officer posts what is being done, with a photo of it ({@code null} for none). */
  public Transition postUpdate(Actor officer, String note, Attachment photo, Instant at) {
    if (isBlank(note)) {
      return refuse(Refusal.NOTE_REQUIRED);
    }
    if (state == NEW) {
      return refuse(Refusal.NOT_CLAIMED);
    }
    if (!state.isClaimed()) {
      return refuse(Refusal.WRONG_STATE);
    }
    Ticket updated = moved(IN_PROGRESS, officer, Kind.UPDATED, note, at);
    return applied(photo == null ? updated : updated.withAttachment(photo));
  }

  /** The officer posts the result, with a note and optionally a photo as proof. */
  public Transition resolve(Actor officer, String note, Attachment proof, Instant at) {
    if (isBlank(note)) {
      return refuse(Refusal.NOTE_REQUIRED);
    }
    if (state == NEW) {
      return refuse(Refusal.NOT_CLAIMED);
    }
    if (!state.isClaimed()) {
      return refuse(Refusal.WRONG_STATE);
    }
    Ticket resolved = moved(RESOLVED, officer, Kind.RESOLVED, note, at);
    return applied(proof == null ? resolved : resolved.withAttachment(proof));
  }

  /** The citizen confirms the result. */
  public Transition confirm(Instant at) {
    return state == RESOLVED
        ? applied(moved(CLOSED, Actor.citizen(), Kind.CONFIRMED, "", at))
        : wrongState();
  }

  /**
   * The citizen says the problem is not solved: back to the officer who resolved it, with a new
   * time to resolve counted from the reopening.
   */
  public Transition reopen(String note, Instant at, Instant newResolveBy) {
    return state == RESOLVED
        ? applied(
            moved(ACKNOWLEDGED, Actor.citizen(), Kind.REOPENED, note, at)
                .with(deadlines.withResolveBy(newResolveBy)))
        : wrongState();
  }

  /** Nobody answered the resolution in time: the ticket closes by itself. */
  public Transition closeUnanswered(Instant at) {
    return state == RESOLVED
        ? applied(moved(CLOSED, Actor.system(), Kind.AUTO_CLOSED, "", at))
        : wrongState();
  }

  /**
   * A due time passed: the unit charged ({@code chargedUnit}, the one whose queue holds the ticket)
   * is alerted. The state does not change.
   */
  public Transition markOverdue(UnitCode chargedUnit, Instant at) {
    return serviceLevelStep(Kind.OVERDUE, chargedUnit, "", at);
  }

  /**
   * A due time passed long ago: the unit {@code toUnit} higher up is alerted, charged to {@code
   * chargedUnit}. The state does not change.
   */
  public Transition escalate(UnitCode chargedUnit, UnitCode toUnit, Instant at) {
    return serviceLevelStep(Kind.ESCALATED, chargedUnit, toUnit.value(), at);
  }

  private Transition serviceLevelStep(Kind kind, UnitCode chargedUnit, String note, Instant at) {
    if (!state.awaitsOfficer()) {
      return wrongState();
    }
    return applied(
        recorded(new HistoryEntry(at, Actor.system(), state, state, kind, note, "", chargedUnit)));
  }

  /** The officer turns the report down, with a reason the citizen will read. */
  public Transition reject(Actor officer, String reason, Instant at) {
    if (isBlank(reason)) {
      return refuse(Refusal.NOTE_REQUIRED);
    }
    return state.awaitsOfficer()
        ? applied(moved(REJECTED, officer, Kind.REJECTED, reason, at))
        : wrongState();
  }

  /** The officer links the ticket to the open ticket it repeats. */
  public Transition markDuplicateOf(Ticket original, Actor officer, Instant at) {
    if (original.code().equals(code) || !original.state().isOpen()) {
      return refuse(Refusal.INVALID_DUPLICATE);
    }
    if (!state.awaitsOfficer()) {
      return wrongState();
    }
    Ticket duplicate =
        moved(DUPLICATE, officer, Kind.MARKED_DUPLICATE, original.code().toString(), at);
    return applied(duplicate.linkedTo(original.code()));
  }

  /** The ticket moves to another unit's queue as {@code NEW}, keeping its history. */
  public Transition transfer(
      UnitCode toUnitCode, UnitCode toPlaceCode, Actor officer, String note, Instant at) {
    UnitCode unitCode = whereabouts.unitCode();
    if (toUnitCode.equals(unitCode)) {
      return refuse(Refusal.SAME_UNIT);
    }
    if (!state.awaitsOfficer()) {
      return wrongState();
    }
    String entryNote = unitCode + " → " + toUnitCode + (isBlank(note) ? "" : ": " + note);
    return applied(
        moved(NEW, officer, Kind.TRANSFERRED, entryNote, at).inUnit(toUnitCode, toPlaceCode));
  }

  /** The citizen adds to the report (a second message, a photo) while it is open. */
  public Transition addDetail(String detail, Attachment photo, Instant at) {
    if (!state.isOpen()) {
      return wrongState();
    }
    Ticket added = moved(state, Actor.citizen(), Kind.DETAIL_ADDED, detail, at);
    String text = reported.text();
    String longer = isBlank(detail) ? text : text + "\n" + detail;
    Ticket withText = added.with(reported.withText(longer));
    return applied(photo == null ? withText : withText.withAttachment(photo));
  }

  /** The category (and with it the priority) is corrected while the ticket waits for an officer. */
  public Transition recategorise(
      String newCategory, Priority newPriority, Actor actor, Instant at) {
    if (!state.awaitsOfficer()) {
      return wrongState();
    }
    String note = reported.category() + " → " + newCategory;
    Ticket moved = moved(state, actor, Kind.RECATEGORISED, note, at);
    return applied(moved.with(reported.withCategory(newCategory, newPriority)));
  }

  /** The citizen gives a phone number or an address, so that help can be brought. */
  public Transition giveContact(Contact given, Instant at) {
    if (!state.isOpen()) {
      return wrongState();
    }
    return applied(
        moved(state, Actor.citizen(), Kind.CONTACT_GIVEN, "", at)
            .with(reported.withContact(given)));
  }

  /**
   * The name of the officer who has the ticket, from the history entry that gave it to them: their
   * own acknowledgement, or an assignment naming them; empty when nobody has it.
   */
  public Optional<String> assigneeName() {
    if (handling.assigneeId() == null) {
      return Optional.empty();
    }
    for (HistoryEntry entry : history.reversed()) {
      if (entry.kind() == Kind.ASSIGNED) {
        return Optional.of(entry.note());
      }
      if (entry.kind() == Kind.ACKNOWLEDGED) {
        return Optional.of(entry.actor().name());
      }
    }
    return Optional.empty();
  }

  /** When the ticket last changed. */
  public Instant updatedAt() {
    return history.getLast().at();
  }

  private Ticket moved(TicketState to, Actor actor, Kind kind, String note, Instant at) {
    return recorded(
        new HistoryEntry(at, actor, state, to, kind, note == null ? "" : note.strip(), ""));
  }

  /** This ticket with one more history entry, in the state the entry leads to. */
  private Ticket recorded(HistoryEntry entry) {
    List<HistoryEntry> longer = new ArrayList<>(history);
    longer.add(entry);
    return new Ticket(
        code, entry.to(), whereabouts, reported, handling, deadlines, longer, version + 1);
  }

  private Ticket assignedTo(OfficerId officerId) {
    return with(handling.assignedTo(officerId));
  }

  private Ticket linkedTo(TicketCode original) {
    return with(handling.linkedTo(original));
  }

  /** This ticket in another unit's queue, where nobody has claimed it yet. */
  private Ticket inUnit(UnitCode newUnit, UnitCode newPlace) {
    return new Ticket(
        code,
        state,
        new Whereabouts(newUnit, newPlace),
        reported,
        handling.assignedTo(null),
        deadlines,
        history,
        version);
  }

  /** This ticket with one more attachment, which the last history entry names as its photo. */
  private Ticket withAttachment(Attachment attachment) {
    List<HistoryEntry> entries = new ArrayList<>(history);
    HistoryEntry last = entries.removeLast();
    entries.add(
        new HistoryEntry(
            last.at(),
            last.actor(),
            last.from(),
            last.to(),
            last.kind(),
            last.note(),
            attachment.ref(),
            last.unit()));
    return new Ticket(
        code,
        state,
        whereabouts,
        reported.withAttachment(attachment),
        handling,
        deadlines,
        entries,
        version);
  }

  private Ticket with(Reported changed) {
    return new Ticket(code, state, whereabouts, changed, handling, deadlines, history, version);
  }

  private Ticket with(Handling changed) {
    return new Ticket(code, state, whereabouts, reported, changed, deadlines, history, version);
  }

  private Ticket with(Deadlines changed) {
    return new Ticket(code, state, whereabouts, reported, handling, changed, history, version);
  }

  private Transition applied(Ticket changed) {
    return new Transition.Applied(changed);
  }

  private Transition refuse(Refusal reason) {
    return new Transition.Refused(reason, this);
  }

  private Transition wrongState() {
    return refuse(Refusal.WRONG_STATE);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
