package vn.hotline.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.hotline.category.Category;
import vn.hotline.intake.Conversation.Awaiting;
import vn.hotline.messages.TextCut;
import vn.hotline.notify.Button;
import vn.hotline.notify.Keyboard;
import vn.hotline.ticket.Contact;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.Tickets;
import vn.hotline.triage.PlaceResult;
import vn.hotline.triage.Triage;
import vn.hotline.triage.TriageResult;

/**
 * What comes after a filing: a second message that continues the report, and the phone number and
 * address that help requests need.
 */
final class Followups {
  /** A different category this sure makes a second message a new report. */
  private static final double CLEARLY_DIFFERENT = 0.8;

  private final Triage triage;
  private final Tickets tickets;
  private final TicketChanges changes;
  private final ReportFlow reports;

  Followups(Triage triage, Tickets tickets, TicketChanges changes, ReportFlow reports) {
    this.triage = triage;
    this.tickets = tickets;
    this.changes = changes;
    this.reports = reports;
  }

  /**
   * Handles {@code text} as a continuation of the last report when it is one: added at once when it
   * clearly continues it, a question when unsure; empty when it is a new report.
   */
  Optional<Conversation> continuation(
      Conversation c, long updateId, String text, Instant at, Replies out) {
    if (!ReportFlow.soonAfter(c, at)) {
      return Optional.empty();
    }
    Optional<Ticket> last = tickets.find(c.last().ticket()).filter(t -> t.state().awaitsOfficer());
    if (last.isEmpty()) {
      return Optional.empty();
    }
    TriageResult result = triage.assess(text);
    boolean namesAnotherPlace =
        result.place().status() != PlaceResult.Status.NONE
            && result
                .place()
                .unit()
                .map(
                    u ->
                        !u.code().equals(c.last().commune())
                            && !u.code().equals(last.get().whereabouts().placeCode()))
                .orElse(true);
    boolean clearlyOtherCategory =
        !result.category().equals(last.get().reported().category())
            && !result.category().equals(Category.OTHER)
            && result.confidence() >= CLEARLY_DIFFERENT;
    if (namesAnotherPlace || result.urgent()) {
      return Optional.empty();
    }
    boolean sameTopic =
        result.category().equals(last.get().reported().category())
            || result.alternatives().stream()
                .anyMatch(alt -> alt.category().equals(last.get().reported().category()));
    boolean noTopicOfItsOwn =
        result.category().equals(Category.OTHER) || result.confidence() < ReportFlow.SURE_ENOUGH;
    if (sameTopic || noTopicOfItsOwn) {
      return Optional.of(addDetail(c, last.get(), text, at, out));
    }
    if (clearlyOtherCategory) {
      return Optional.empty();
    }
    Draft draft =
        Draft.started(
            updateId,
            text,
            List.of(),
            result.category(),
            false,
            result.confidence(),
            result.urgency(),
            at);
    out.say(
        new Keyboard.Inline(
            List.of(
                List.of(
                    Button.callback(out.text("button.addTo", last.get().code()), "add"),
                    Button.callback(out.text("button.newReport"), "new")))),
        "continuation.ask",
        last.get().code());
    return Optional.of(c.awaiting(Awaiting.CONTINUATION, draft));
  }

  /** The citizen answered the continuation question. */
  Conversation continuationAnswered(Conversation c, boolean addToLast, Instant at, Replies out) {
    Draft draft = c.waiting().draft();
    if (c.waiting().awaiting() != Awaiting.CONTINUATION || draft == null) {
      out.say("button.expired");
      return c;
    }
    if (addToLast) {
      Optional<Ticket> last = tickets.find(c.last().ticket());
      if (last.isPresent()) {
        return addDetail(c.idle(), last.get(), draft.text(), at, out);
      }
    }
    return reports.report(c.idle(), draft.origin(), draft.text(), draft.photos(), at, out);
  }

  private Conversation addDetail(
      Conversation c, Ticket ticket, String text, Instant at, Replies out) {
    changes.apply(ticket.code(), t -> t.addDetail(text, null, at));
    out.say("detail.added", ticket.code());
    return c;
  }

  Conversation phoneGiven(Conversation c, String phone, Instant at, Replies out) {
    if (c.waiting().awaiting() != Awaiting.PHONE || c.waiting().contactTicket().isEmpty()) {
      out.say("contact.notAsked");
      return c;
    }
    saveContact(c.waiting().contactTicket(), phone, null, at);
    out.say(
        new Keyboard.Reply(List.of(List.of(Button.sendsText(out.text("button.skip"))))),
        "contact.askAddress");
    return c.awaiting(Awaiting.ADDRESS, null);
  }

  Conversation phoneTyped(Conversation c, String text, Instant at, Replies out) {
    if (isSkip(text, out)) {
      out.say(
          new Keyboard.Reply(List.of(List.of(Button.sendsText(out.text("button.skip"))))),
          "contact.askAddress");
      return c.awaiting(Awaiting.ADDRESS, null);
    }
    Optional<String> phone = Contact.phoneOf(text);
    if (phone.isEmpty()) {
      out.say("contact.badPhone");
      return c;
    }
    return phoneGiven(c, phone.get(), at, out);
  }

  Conversation addressGiven(Conversation c, String text, Instant at, Replies out) {
    if (!isSkip(text, out)) {
      saveContact(c.waiting().contactTicket(), null, TextCut.plain(text, 300), at);
    }
    out.say(new Keyboard.Remove(), "contact.thanks");
    return c.idle();
  }

  private boolean isSkip(String text, Replies out) {
    return text.equalsIgnoreCase(out.text("button.skip")) || text.equalsIgnoreCase("/skip");
  }

  private void saveContact(String code, String phone, String address, Instant at) {
    tickets
        .find(code)
        .map(Ticket::code)
        .ifPresent(
            found ->
                changes.apply(
                    found,
                    t ->
                        t.giveContact(
                            new Contact(
                                phone != null ? phone : t.reported().contact().phone(),
                                address != null ? address : t.reported().contact().address()),
                            at)));
  }
}
