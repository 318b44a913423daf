package vn.hotline.desk;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.text.StringEscapeUtils;
import vn.hotline.intake.Inbound;
import vn.hotline.intake.Replies;
import vn.hotline.messages.Messages;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.roster.Officer;
import vn.hotline.roster.OfficerId;
import vn.hotline.ticket.Refusal;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitTree;

/**
 * Carries out requests from the web desk with the use cases of the card's buttons, so that the
 * rules are the same: the replies Telegram would send the officer become the outcome shown on the
 * page; the citizen and the card hear of the change as they always do.
 */
final class WebActions {
  private final DeskRoster roster;
  private final Messages messages;
  private final OfficerActions work;
  private final UnitTree units;
  private final Cards cards;
  private final Clock clock;

  WebActions(
      DeskRoster roster,
      Messages messages,
      OfficerActions work,
      UnitTree units,
      Cards cards,
      Clock clock) {
    this.roster = roster;
    this.messages = messages;
    this.work = work;
    this.units = units;
    this.cards = cards;
    this.clock = clock;
  }

  WebOutcome act(OfficerId officerId, Locale language, WebRequest request) {
    Optional<Officer> officer = roster.current().find(officerId.value());
    String name = officer.map(Officer::name).orElse("");
    long id = officerId.value();
    Inbound.Sender sender = new Inbound.Sender(id, id, language.getLanguage(), true, name);
    Replies out = new Replies(messages, 0, id, sender.language());
    Asking a = Asking.fromWeb(sender, out, clock.instant());
    if (officer.isEmpty()) {
      a.tell("desk.notOnRoster");
    } else {
      run(a, request);
    }
    String said =
        out.messages().stream()
            .map(OutboundMessage::text)
            .map(WebActions::plain)
            .collect(Collectors.joining("\n"));
    return new WebOutcome(a.changed(), said);
  }

  private void run(Asking a, WebRequest request) {
    switch (request) {
      case WebRequest.Acknowledge ack -> work.acknowledge().run(a, ack.code());
      case WebRequest.Update u -> note(a, u.code(), Prompt.Action.UPDATE, u.note(), u.photo());
      case WebRequest.Resolve r -> note(a, r.code(), Prompt.Action.RESOLVE, r.note(), r.photo());
      case WebRequest.Transfer t -> work.transfer().run(a, t.code(), t.unit());
      case WebRequest.Duplicate d -> work.duplicate().run(a, d.code(), d.original());
      case WebRequest.Reject r -> reject(a, r);
      case WebRequest.Assign as -> work.assign().run(a, as.code(), as.officer());
    }
  }

  private void reject(Asking a, WebRequest.Reject r) {
    String written = r.written() == null ? "" : r.written().strip();
    if (!written.isEmpty()) {
      work.reject().run(a, r.code(), new DeskRequest.Reason.Written(written));
    } else if (r.listed() >= 1 && r.listed() <= DeskRequests.REJECT_REASONS) {
      work.reject().run(a, r.code(), new DeskRequest.Reason.Listed(r.listed()));
    } else {
      a.tell("desk.noteRequired", r.code());
    }
  }

  // The photo is posted only for a note the ticket will take: a refused one posts nothing.
  private void note(Asking a, String code, Prompt.Action action, String note, WebRequest.Proof p) {
    String text = note == null ? "" : note.strip();
    String photo = "";
    if (p != null) {
      Optional<Ticket> ticket = work.access().allowed(a, code);
      if (ticket.isEmpty() || refusedBeforePosting(a, ticket.get(), text)) {
        return;
      }
      Optional<String> posted = p.post(proofChat(a, ticket.get()), caption(a, ticket.get()));
      if (posted.isEmpty()) {
        a.tell("web.ticket.photoNotPosted", ticket.get().code());
        return;
      }
      photo = posted.get();
    }
    work.note(a, new DeskRequest.Note(code, action, text, photo));
  }

  private static boolean refusedBeforePosting(Asking a, Ticket t, String note) {
    Refusal refusal =
        note.isEmpty()
            ? Refusal.NOTE_REQUIRED
            : t.state() == TicketState.NEW
                ? Refusal.NOT_CLAIMED
                : t.state().isClaimed() ? null : Refusal.WRONG_STATE;
    if (refusal != null) {
      RefusalWords.tell(a, refusal, t);
    }
    return refusal != null;
  }

  // The ticket's Command Centre sees the proof, as when it is sent on Telegram; a unit without a
  // group has it in the officer's own chat with the bot.
  private long proofChat(Asking a, Ticket t) {
    return units
        .find(t.whereabouts().unitCode())
        .flatMap(units::withCommandChat)
        .map(Unit::commandChat)
        .orElse(a.chatId());
  }

  private String caption(Asking a, Ticket t) {
    return cards.say("web.ticket.proofCaption", t.code(), a.sender.displayName());
  }

  // The page marks done and refused by itself: the emoji a chat message starts with are left out.
  static String plain(String html) {
    String text = StringEscapeUtils.unescapeHtml4(html.replaceAll("<[^>]+>", ""));
    return text.replaceFirst("^[^\\p{L}\\p{N}]+", "");
  }
}
