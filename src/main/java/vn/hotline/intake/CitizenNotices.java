package vn.hotline.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.hotline.config.Messages;
import vn.hotline.notify.Button;
import vn.hotline.notify.Keyboard;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.notify.Outbox;
import vn.hotline.ticket.Attachment;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.Ticket;
import vn.hotline.unit.UnitTree;

/**
 * Keeps the citizen informed when officers act on their ticket: acknowledged, updated, resolved
 * (with the officer's note and photo, and buttons to confirm or reopen), rejected, marked
 * duplicate. Message ids come from the ticket's version, so a change is announced once however
 * often it is reported.
 */
public final class CitizenNotices {
  private final Conversations conversations;
  private final Messages messages;
  private final UnitTree units;
  private final Outbox outbox;

  public CitizenNotices(
      Conversations conversations, Messages messages, UnitTree units, Outbox outbox) {
    this.conversations = conversations;
    this.messages = messages;
    this.units = units;
    this.outbox = outbox;
  }

  /**
   * Tells the reporter of {@code ticket} about its latest change, when it is one they should hear
   * of.
   */
  public void announce(Ticket ticket) {
    if (!ticket.reporter().channel().equals("telegram")) {
      return;
    }
    long chatId = Long.parseLong(ticket.reporter().id());
    Locale locale = Locale.of(conversations.find(chatId).map(Conversation::language).orElse("vi"));
    HistoryEntry last = ticket.history().getLast();
    String code = ticket.code().toString();
    String note = Html.escape(Html.shortened(last.note(), 1500));
    String id = "tk:" + ticket.code().compact() + ":" + ticket.version();
    List<OutboundMessage> out = new ArrayList<>();
    switch (last.kind()) {
      case ACKNOWLEDGED ->
          out.add(text(id, chatId, messages.text(locale, "notice.acknowledged", code), null));
      case UPDATED ->
          out.add(text(id, chatId, messages.text(locale, "notice.updated", code, note), null));
      case RESOLVED -> {
        Keyboard settle =
            new Keyboard.Inline(
                List.of(
                    List.of(
                        Button.callback(
                            messages.text(locale, "button.resolvedYes"),
                            "ok:" + ticket.code().compact()),
                        Button.callback(
                            messages.text(locale, "button.resolvedNo"),
                            "no:" + ticket.code().compact()))));
        ticket.attachments().stream()
            .filter(Attachment::byOfficer)
            .reduce((a, b) -> b)
            .ifPresent(
                proof ->
                    out.add(
                        new OutboundMessage(
                            id + ":photo",
                            chatId,
                            OutboundMessage.Kind.SEND_PHOTO,
                            messages.text(locale, "notice.proof", code),
                            null,
                            proof.ref(),
                            null,
                            null)));
        out.add(text(id, chatId, messages.text(locale, "notice.resolved", code, note), settle));
      }
      case REJECTED ->
          out.add(text(id, chatId, messages.text(locale, "notice.rejected", code, note), null));
      case MARKED_DUPLICATE ->
          out.add(
              text(
                  id,
                  chatId,
                  messages.text(locale, "notice.duplicate", code, ticket.duplicateOf()),
                  null));
      case TRANSFERRED ->
          out.add(
              text(
                  id,
                  chatId,
                  messages.text(
                      locale, "notice.transferred", code, units.get(ticket.unitCode()).fullName()),
                  null));
      default -> {
        // Filing, details and the citizen's own answers are acknowledged in the conversation
        // itself.
      }
    }
    outbox.enqueue(out);
  }

  /** The citizen confirmed or reopened: answer them in the conversation. */
  void settledByCitizen(Ticket ticket, boolean solved, Replies out) {
    out.say(solved ? "notice.closedThanks" : "notice.reopened", ticket.code().toString());
  }

  private static OutboundMessage text(String id, long chatId, String html, Keyboard keyboard) {
    return OutboundMessage.text(id, chatId, html, keyboard);
  }
}
