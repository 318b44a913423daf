package vn.hotline.desk;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.hotline.category.Priority;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.notify.OutboxQueue;
import vn.hotline.ticket.Attachment;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketCode;
import vn.hotline.ticket.Tickets;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitTree;

/**
 * Keeps each ticket's card in its Command Centre's group current. It watches every saved ticket: a
 * ticket new in a queue gets a card (and its village's owner a direct message), a changed one has
 * its card edited, a transferred one leaves a note on its old card. A ticket that repeats an open
 * one gets no card of its own unless urgent: it is listed on the card of the first.
 *
 * <p>Every message id derives from the ticket's code and versions, so telling the board about the
 * same save twice, as happens when work is redone after a crash, queues nothing new.
 */
public final class CardBoard implements Consumer<Ticket> {
  private final Cards cards;
  private final UnitTree units;
  private final OutboxQueue outbox;
  private final Tickets tickets;
  private final SimilarReports similar;
  private final ClusterCardEdits<TicketCode> clusterEdits;

  CardBoard(
      Cards cards,
      UnitTree units,
      OutboxQueue outbox,
      Tickets tickets,
      SimilarReports similar,
      Duration clusterEditGap,
      Clock clock) {
    this.cards = cards;
    this.units = units;
    this.outbox = outbox;
    this.tickets = tickets;
    this.similar = similar;
    this.clusterEdits = new ClusterCardEdits<>(clusterEditGap, clock, this::refresh);
  }

  @Override
  public void accept(Ticket ticket) {
    TicketCode code = ticket.code();
    Optional<TicketCode> headBefore = similar.headOf(code);
    Optional<TicketCode> successor = similar.saw(ticket);
    Optional<TicketCode> headAfter = similar.headOf(code);
    show(ticket);
    // The cluster's card lists its members: it changes when one joins or leaves. A member that
    // now heads the cluster gets its card at once.
    headBefore.ifPresent(clusterEdits::request);
    headAfter.filter(h -> !headAfter.equals(headBefore)).ifPresent(clusterEdits::request);
    successor.ifPresent(this::refresh);
  }

  private void refresh(TicketCode code) {
    tickets.find(code).ifPresent(this::show);
  }

  /** Posts the ticket's card if it has none in its current queue, or edits it to match. */
  void show(Ticket ticket) {
    List<OutboundMessage> out = new ArrayList<>();
    int cardVersion = cardVersion(ticket);
    previousCardVersion(ticket, cardVersion).ifPresent(v -> leaveNote(ticket, v, out));
    boolean folded =
        similar.headOf(ticket.code()).isPresent()
            && ticket.reported().priority() != Priority.URGENT;
    Optional<Unit> group =
        units.find(ticket.whereabouts().unitCode()).flatMap(units::withCommandChat);
    if (group.isPresent() && !folded) {
      long chat = group.get().commandChat();
      String cardId = cardId(ticket, cardVersion);
      String text = cards.text(ticket, group.get());
      if (outbox.find(cardId).isEmpty()) {
        out.add(message(cardId, chat, OutboundMessage.Kind.SEND_TEXT, text, ticket, null));
        out.addAll(photos(ticket, cardVersion, chat));
        out.addAll(villageOwnerMessage(ticket, cardVersion, group.get()));
      } else {
        String editId =
            "ce:"
                + ticket.code().compact()
                + ":"
                + ticket.version()
                + ":"
                + similar.membersOf(ticket.code()).size();
        out.add(message(editId, chat, OutboundMessage.Kind.EDIT_TEXT, text, ticket, cardId));
      }
    }
    outbox.enqueue(out);
  }

  /** The outbox id of the card the ticket has in its current queue. */
  static String cardId(Ticket ticket, int cardVersion) {
    return "card:" + ticket.code().compact() + ":" + cardVersion;
  }

  /** The version at which the ticket entered its current queue: filed, or last transferred. */
  static int cardVersion(Ticket ticket) {
    List<HistoryEntry> history = ticket.history();
    for (int v = history.size() - 1; v > 0; v--) {
      if (history.get(v).kind() == HistoryEntry.Kind.TRANSFERRED) {
        return v;
      }
    }
    return 0;
  }

  // The card of the queue the ticket was in before its last transfer, when this save moved it.
  private static Optional<Integer> previousCardVersion(Ticket ticket, int cardVersion) {
    if (cardVersion == 0 || cardVersion != ticket.version()) {
      return Optional.empty();
    }
    List<HistoryEntry> history = ticket.history();
    for (int v = cardVersion - 1; v > 0; v--) {
      if (history.get(v).kind() == HistoryEntry.Kind.TRANSFERRED) {
        return Optional.of(v);
      }
    }
    return Optional.of(0);
  }

  private void leaveNote(Ticket ticket, int oldVersion, List<OutboundMessage> out) {
    String oldCard = cardId(ticket, oldVersion);
    outbox
        .find(oldCard)
        .ifPresent(
            posted ->
                out.add(
                    new OutboundMessage(
                        "ce:" + ticket.code().compact() + ":" + ticket.version() + ":moved",
                        posted.chatId(),
                        OutboundMessage.Kind.EDIT_TEXT,
                        cards.movedAway(ticket),
                        null,
                        null,
                        oldCard,
                        null)));
  }

  private List<OutboundMessage> photos(Ticket ticket, int cardVersion, long chat) {
    List<OutboundMessage> out = new ArrayList<>();
    List<Attachment> photos =
        ticket.reported().attachments().stream()
            .filter(a -> a.isPhoto() && !a.byOfficer())
            .toList();
    for (int i = 0; i < photos.size(); i++) {
      out.add(
          new OutboundMessage(
              "cp:" + ticket.code().compact() + ":" + cardVersion + ":" + i,
              chat,
              OutboundMessage.Kind.SEND_PHOTO,
              cards.say("desk.card.photoOf", ticket.code()),
              null,
              photos.get(i).ref(),
              null,
              null));
    }
    return out;
  }

  private List<OutboundMessage> villageOwnerMessage(Ticket ticket, int cardVersion, Unit group) {
    return cards
        .villageOwner(ticket)
        .map(
            owner ->
                List.of(
                    new OutboundMessage(
                        "cv:" + ticket.code().compact() + ":" + cardVersion,
                        owner.id().value(),
                        OutboundMessage.Kind.SEND_TEXT,
                        cards.say("desk.villageOwner.intro") + "\n\n" + cards.text(ticket, group),
                        cards.keyboard(ticket),
                        null,
                        null,
                        null)))
        .orElse(List.of());
  }

  private OutboundMessage message(
      String id, long chat, OutboundMessage.Kind kind, String text, Ticket ticket, String target) {
    return new OutboundMessage(id, chat, kind, text, cards.keyboard(ticket), null, target, null);
  }
}
