package vn.hotline.desk;

import vn.hotline.ticket.Attachment;

/**
 * What an officer asked for, by command or button. Codes are as typed or as the button carries
 * them; nothing here is trusted until the ticket is read and the roster consulted.
 */
sealed interface DeskRequest {

  /** The requests that act on one ticket. */
  sealed interface OnTicket extends DeskRequest {
    String code();
  }

  record Acknowledge(String code) implements OnTicket {}

  /** {@code officer} is the Telegram user id of the officer the ticket is handed to, as typed. */
  record Assign(String code, String officer) implements OnTicket {}

  /** An update or a result; {@code photo} is a file id sent with it, or empty. */
  record Note(String code, Prompt.Action action, String note, String photo) implements OnTicket {
    /** The photo as the ticket keeps it, or null when none came with the note. */
    Attachment attachment() {
      return photo.isEmpty() ? null : new Attachment("photo", photo, true);
    }
  }

  /** Asks the officer for the note of an update or a result. */
  record AskNote(String code, Prompt.Action action) implements OnTicket {}

  /** {@code unit} is a unit code or name as typed. */
  record Transfer(String code, String unit) implements OnTicket {}

  record Duplicate(String code, String original) implements OnTicket {}

  /** Marks every open possible duplicate named on the card as a duplicate of this ticket. */
  record MergeSimilar(String code) implements OnTicket {}

  record Reject(String code, Reason reason) implements OnTicket {}

  /** Why a ticket is rejected: in the officer's words, or one of the reasons the buttons offer. */
  sealed interface Reason {
    record Written(String text) implements Reason {}

    /** {@code number} is 1 to {@link DeskRequests#REJECT_REASONS}. */
    record Listed(int number) implements Reason {}
  }

  /** A menu on the card: which communes, districts, reasons or tickets to choose from. */
  record Menu(String code, Kind kind, String within) implements OnTicket {
    enum Kind {
      MAIN,
      TRANSFER,
      DISTRICTS,
      REJECT,
      DUPLICATE,
      ASSIGN
    }
  }

  record Show(String code) implements OnTicket {}

  /** A supervisor takes an escalated ticket: claims it, or has it handed to themselves. */
  record TakeOver(String code) implements OnTicket {}

  /** A supervisor reminds the ticket's unit, in its group, that the ticket is overdue. */
  record Remind(String code) implements OnTicket {}

  /** {@code arguments}: an optional unit (code or name) and an optional period, as typed. */
  record Stats(String arguments) implements DeskRequest {}

  record Overdue() implements DeskRequest {}

  /** {@code arguments}: an optional unit (code or name) and an optional date, as typed. */
  record Report(String arguments) implements DeskRequest {}

  record Queue(int page) implements DeskRequest {}

  record Mine() implements DeskRequest {}

  record Find(String words) implements DeskRequest {}

  record Reload() implements DeskRequest {}

  /** A one-time link to the web desk. */
  record WebLink() implements DeskRequest {}

  record Help() implements DeskRequest {}

  /** A command given without what it needs: answered with how to use it. */
  record Usage(String command) implements DeskRequest {}
}
