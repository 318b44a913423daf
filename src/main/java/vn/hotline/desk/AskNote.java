package vn.hotline.desk;

import java.util.Optional;
import vn.hotline.notify.Keyboard;
import vn.hotline.ticket.Refusal;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;

/** Asks the officer for the note of an update or a result, to come as their next message. */
final class AskNote {
  private final TicketAccess access;
  private final Prompts prompts;

  AskNote(TicketAccess access, Prompts prompts) {
    this.access = access;
    this.prompts = prompts;
  }

  void run(Asking a, String code, Prompt.Action action) {
    Optional<Ticket> ticket = access.allowed(a, code);
    if (ticket.isEmpty()) {
      return;
    }
    Ticket t = ticket.get();
    if (!t.state().isClaimed()) {
      RefusalWords.tell(
          a, t.state() == TicketState.NEW ? Refusal.NOT_CLAIMED : Refusal.WRONG_STATE, t);
      return;
    }
    prompts.put(a.chatId(), a.userId(), new Prompt(action, t.code(), a.at, ""));
    String key = action == Prompt.Action.UPDATE ? "desk.prompt.update" : "desk.prompt.resolve";
    a.finish();
    a.out.send(
        a.out.text(key, a.sender.displayName(), t.code()),
        new Keyboard.ForceReply(t.code().toString()));
  }
}
