package vn.hotline.desk;

import vn.hotline.ticket.Refusal;
import vn.hotline.ticket.Ticket;

/** Which message tells an officer why the desk or the ticket refused what they asked. */
final class RefusalWords {
  private RefusalWords() {}

  /** The message for a refusal by {@link Permissions}. */
  static String key(Decision.Reason reason) {
    return switch (reason) {
      case NOT_ON_ROSTER -> "desk.notOnRoster";
      case INVALID_TARGET -> "desk.invalidTarget";
      case ASSIGNEE_CANNOT_ACT -> "desk.assigneeCannotAct";
      case UNKNOWN_UNIT, OUTSIDE_UNITS, ROLE_NOT_ALLOWED -> "desk.notAllowed";
    };
  }

  /** Tells the asker why the ticket refused the change; {@code t} is null when it is not found. */
  static void tell(Asking a, Refusal reason, Ticket t) {
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
}
