package vn.hotline.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.hotline.intake.Conversation.Awaiting;
import vn.hotline.messages.Messages;
import vn.hotline.notify.Outbox;

/**
 * The citizen's side of the hotline, whatever the channel: takes what a person sent, moves their
 * conversation on, and queues the replies. Handling the same update twice changes nothing the
 * second time: replies have ids derived from the update, tickets carry the update as their origin,
 * and the conversation remembers the last update it handled.
 */
public final class Intake {
  /** More messages than this in a minute are stored but not triaged. */
  static final int FLOOD_LIMIT = 20;

  private final Conversations conversations;
  private final Outbox outbox;
  private final Messages messages;
  private final ReportFlow reports;
  private final CitizenCommands commands;
  private final ButtonPresses buttons;
  private final Followups followups;
  private final DueDrafts dueDrafts;
  private final Clock clock;

  Intake(
      Conversations conversations,
      Outbox outbox,
      Messages messages,
      ReportFlow reports,
      CitizenCommands commands,
      ButtonPresses buttons,
      Followups followups,
      DueDrafts dueDrafts,
      Clock clock) {
    this.conversations = conversations;
    this.outbox = outbox;
    this.messages = messages;
    this.reports = reports;
    this.commands = commands;
    this.buttons = buttons;
    this.followups = followups;
    this.dueDrafts = dueDrafts;
    this.clock = clock;
  }

  /** Handles one update from a private chat with the bot. */
  public void handle(Inbound inbound) {
    long chatId = inbound.sender().chatId();
    Optional<Conversation> stored = conversations.find(chatId);
    Conversation c =
        stored.orElseGet(() -> Conversation.start(chatId, inbound.sender().language()));
    if (c.hasHandled(inbound.updateId())) {
      return;
    }
    if (!c.speech().chosen()) {
      c = c.speaking(inbound.sender().language(), false);
    }
    Instant at = clock.instant();
    Replies out = new Replies(messages, inbound.updateId(), chatId, c.speech().language());
    Conversation next = respond(c, inbound, at, out);
    outbox.enqueue(out.messages());
    Conversation saved = next.handled(inbound.updateId());
    conversations.save(saved);
    dueDrafts.track(saved);
  }

  private Conversation respond(Conversation c, Inbound inbound, Instant at, Replies out) {
    Conversation counted = c.counted(at);
    if (counted.flood().count() > FLOOD_LIMIT && !(inbound instanceof Inbound.ButtonPress)) {
      if (counted.flood().count() == FLOOD_LIMIT + 1) {
        out.say("flood.notice");
      }
      return counted;
    }
    return switch (inbound) {
      case Inbound.Text text -> text(counted, text, at, out);
      case Inbound.Photo photo -> photo(counted, photo, at, out);
      case Inbound.Location location ->
          reports.locationShared(counted, location.latitude(), location.longitude(), at, out);
      case Inbound.ContactShared contact -> followups.phoneGiven(counted, contact.phone(), at, out);
      case Inbound.ButtonPress press -> buttons.pressed(counted, press, at, out);
      case Inbound.Other other -> {
        out.say("unsupported");
        yield counted;
      }
    };
  }

  private Conversation text(Conversation c, Inbound.Text message, Instant at, Replies out) {
    String text = message.text().strip();
    if (text.isEmpty()) {
      out.say("unsupported");
      return c;
    }
    Optional<String> command = Inbound.command(text);
    if (command.isPresent()) {
      return commands.run(c, command.get(), Inbound.commandArguments(text), at, out);
    }
    return switch (c.waiting().awaiting()) {
      case PLACE -> reports.placeTyped(c, message.updateId(), text, at, out);
      case DESCRIPTION -> reports.described(c, text, at, out);
      case PHONE -> followups.phoneTyped(c, text, at, out);
      case ADDRESS -> followups.addressGiven(c, text, at, out);
      case CATEGORY, CONTINUATION ->
          reports.report(c.idle(), message.updateId(), text, List.of(), at, out);
      case NOTHING ->
          followups
              .continuation(c, message.updateId(), text, at, out)
              .orElseGet(() -> reports.report(c, message.updateId(), text, List.of(), at, out));
    };
  }

  private Conversation photo(Conversation c, Inbound.Photo photo, Instant at, Replies out) {
    if (c.waiting().awaiting() == Awaiting.DESCRIPTION && c.waiting().draft() != null) {
      return c.awaiting(Awaiting.DESCRIPTION, c.waiting().draft().withPhoto(photo.fileId()));
    }
    if (photo.caption().isBlank()) {
      return reports.photoWithoutText(c, photo.updateId(), photo.fileId(), at, out);
    }
    return reports.report(
        c.idle(), photo.updateId(), photo.caption().strip(), List.of(photo.fileId()), at, out);
  }
}
