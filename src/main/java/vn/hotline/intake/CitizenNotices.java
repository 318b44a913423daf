package vn.hotline.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.hotline.messages.Messages;
import vn.hotline.messages.TextCut;
import vn.hotline.notify.Button;
import vn.hotline.notify.Keyboard;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.notify.Outbox;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.Reporter;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketCode;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.Tickets;
import vn.hotline.unit.UnitTree;

/**
 * Keeps the citizen informed when officers act on their ticket: acknowledged, updated, resolved
 * (with the officer's note and photo, and buttons to confirm or reopen), rejected, marked
 * duplicate, transferred. Message ids come from the ticket's version, so a change is announced once
 * however often it is reported.
 */
public final class CitizenNotices {
  private final Conversations conversations;
  private final Messages messages;
  private final UnitTree units;
  private final Outbox outbox;
  private final Tickets tickets;

  public CitizenNotices(
      Conversations conversations,
      Messages messages,
      UnitTree units,
      Outbox outbox,
      Tickets tickets) {
    this.tickets = tickets;
    this.conversations = conversations;
    this.messages = messages;
    this.units = units;
    this.outbox = outbox;
  }

  /**
   * Tells the reporter of {@code ticket} about its latest change, when it is one they should hear
   * of, and the reporters of its duplicates too: they follow it from the moment theirs was linked.
   */
  public void announce(Ticket ticket) {
    HistoryEntry last = ticket.history().getLast();
    String id = "tk:" + ticket.code().compact() + ":" + ticket.version();
    List<OutboundMessage> out = new ArrayList<>();
    chatOf(ticket.reported().reporter())
        .ifPresent(chat -> out.addAll(notice(ticket, last, chat, id, true)));
    if (last.kind() == HistoryEntry.Kind.MARKED_DUPLICATE) {
      tickets
          .find(ticket.handling().duplicateOf())
          .ifPresent(original -> out.addAll(joined(original, ticket, id)));
    } else if (ticket.state() != TicketState.DUPLICATE) {
      for (Ticket follower : tickets.duplicatesOf(ticket.code())) {
        String followerId = id + ":" + follower.code().compact();
        chatOf(follower.reported().reporter())
            .filter(chat -> !follower.reported().reporter().equals(ticket.reported().reporter()))
            .ifPresent(chat -> out.addAll(notice(ticket, last, chat, followerId, false)));
      }
    }
    outbox.enqueue(out);
  }

  private List<OutboundMessage> joined(Ticket original, Ticket duplicate, String id) {
    return chatOf(original.reported().reporter())
        .filter(chat -> !original.reported().reporter().equals(duplicate.reported().reporter()))
        .map(
            chat ->
                List.of(
                    text(
                        id + ":joined",
                        chat,
                        messages.text(locale(chat), "notice.duplicateJoined", original.code()),
                        null)))
        .orElse(List.of());
  }

  /**
   * The messages that tell one person about {@code last}; {@code reporter} when it is their own
   * ticket, whose result they may confirm or reopen (followers of a duplicate may not).
   */
  private List<OutboundMessage> notice(
      Ticket ticket, HistoryEntry last, long chatId, String id, boolean reporter) {
    Locale locale = locale(chatId);
    TicketCode code = ticket.code();
    String note = Html.escape(TextCut.plain(last.note(), 1500));
    List<OutboundMessage> out = new ArrayList<>();
    if (!last.photo().isEmpty()
        && (last.kind() == HistoryEntry.Kind.UPDATED
            || last.kind() == HistoryEntry.Kind.RESOLVED)) {
      out.add(
          new OutboundMessage(
              id + ":photo",
              chatId,
              OutboundMessage.Kind.SEND_PHOTO,
              messages.text(locale, "notice.proof", code),
              null,
              last.photo(),
              null,
              null));
    }
    switch (last.kind()) {
      case ACKNOWLEDGED ->
          out.add(text(id, chatId, messages.text(locale, "notice.acknowledged", code), null));
      case ASSIGNED -> {
        if (last.from() == TicketState.NEW) {
          out.add(text(id, chatId, messages.text(locale, "notice.acknowledged", code), null));
        }
      }
      case UPDATED ->
          out.add(text(id, chatId, messages.text(locale, "notice.updated", code, note), null));
      case RESOLVED -> {
        Keyboard settle =
            reporter
                ? new Keyboard.Inline(
                    List.of(
                        List.of(
                            Button.callback(
                                messages.text(locale, "button.resolvedYes"),
                                "ok:" + ticket.code().compact()),
                            Button.callback(
                                messages.text(locale, "button.resolvedNo"),
                                "no:" + ticket.code().compact()))))
                : null;
        String key = reporter ? "notice.resolved" : "notice.resolvedFollowed";
        out.add(text(id, chatId, messages.text(locale, key, code, note), settle));
      }
      case REJECTED ->
          out.add(text(id, chatId, messages.text(locale, "notice.rejected", code, note), null));
      case MARKED_DUPLICATE ->
          out.add(
              text(
                  id,
                  chatId,
                  messages.text(locale, "notice.duplicate", code, ticket.handling().duplicateOf()),
                  null));
      case TRANSFERRED ->
          out.add(
              text(
                  id,
                  chatId,
                  messages.text(
                      locale,
                      "notice.transferred",
                      code,
                      units.get(ticket.whereabouts().unitCode()).fullName()),
                  null));
      default -> {
        // Filing, details and the citizen's own answers are acknowledged in the conversation
        // itself.
      }
    }
    return out;
  }

  private static Optional<Long> chatOf(Reporter reporter) {
    return reporter.channel() == Channel.TELEGRAM
        ? Optional.of(Long.parseLong(reporter.id()))
        : Optional.empty();
  }

  private Locale locale(long chatId) {
    return Locale.of(conversations.find(chatId).map(c -> c.speech().language()).orElse("vi"));
  }

  /** The citizen confirmed or reopened: answer them in the conversation. */
  void settledByCitizen(Ticket ticket, boolean solved, Replies out) {
    out.say(solved ? "notice.closedThanks" : "notice.reopened", ticket.code());
  }

  private static OutboundMessage text(String id, long chatId, String html, Keyboard keyboard) {
    return OutboundMessage.text(id, chatId, html, keyboard);
  }
}
