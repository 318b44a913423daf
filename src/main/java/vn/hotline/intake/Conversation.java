package vn.hotline.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the bot remembers of a private chat between messages.
 *
 * @param language {@code vi} or {@code en}
 * @param languageChosen whether the person chose it with /lang (else it follows Telegram's setting)
 * @param awaiting what the bot asked and waits for
 * @param draft the report being put together, or {@code null}
 * @param contactTicket the ticket a phone number or address is being asked for, or empty
 * @param lastTicket the code of the person's last filed ticket, or empty
 * @param lastTicketAt when it was filed
 * @param lastCommune the commune of the person's last report, offered as a one-tap choice
 * @param floodWindowStart the start of the current minute of flood counting
 * @param floodCount messages in that minute
 * @param handledUpdates the updates handled lately (at most {@link #REMEMBERED}): one of them
 *     arriving again is not handled again. A set rather than the highest id, because after a crash
 *     an older update may still be waiting while a newer one of the same chat was handled.
 */
public record Conversation(
    long chatId,
    String language,
    boolean languageChosen,
    Awaiting awaiting,
    Draft draft,
    String contactTicket,
    String lastTicket,
    Instant lastTicketAt,
    String lastCommune,
    Instant floodWindowStart,
    int floodCount,
    List<Long> handledUpdates) {

  /** How many handled updates a conversation remembers. */
  static final int REMEMBERED = 64;

  /** What the bot waits for. */
  public enum Awaiting {
    NOTHING,
    PLACE,
    CATEGORY,
    DESCRIPTION,
    CONTINUATION,
    PHONE,
    ADDRESS
  }

  public Conversation {
    handledUpdates = handledUpdates == null ? List.of() : List.copyOf(handledUpdates);
    awaiting = awaiting == null ? Awaiting.NOTHING : awaiting;
    contactTicket = contactTicket == null ? "" : contactTicket;
    lastTicket = lastTicket == null ? "" : lastTicket;
    lastCommune = lastCommune == null ? "" : lastCommune;
  }

  static Conversation start(long chatId, String language) {
    return new Conversation(
        chatId, language, false, Awaiting.NOTHING, null, "", "", null, "", null, 0, List.of());
  }

  Conversation awaiting(Awaiting what, Draft newDraft) {
    return new Conversation(
        chatId,
        language,
        languageChosen,
        what,
        newDraft,
        contactTicket,
        lastTicket,
        lastTicketAt,
        lastCommune,
        floodWindowStart,
        floodCount,
        handledUpdates);
  }

  Conversation idle() {
    return awaiting(Awaiting.NOTHING, null).askingContactFor("");
  }

  Conversation askingContactFor(String ticketCode) {
    return new Conversation(
        chatId,
        language,
        languageChosen,
        awaiting,
        draft,
        ticketCode,
        lastTicket,
        lastTicketAt,
        lastCommune,
        floodWindowStart,
        floodCount,
        handledUpdates);
  }

  Conversation filed(String code, Instant at, String commune) {
    return new Conversation(
        chatId,
        language,
        languageChosen,
        Awaiting.NOTHING,
        null,
        contactTicket,
        code,
        at,
        commune,
        floodWindowStart,
        floodCount,
        handledUpdates);
  }

  Conversation speaking(String newLanguage, boolean chosen) {
    return new Conversation(
        chatId,
        newLanguage,
        chosen,
        awaiting,
        draft,
        contactTicket,
        lastTicket,
        lastTicketAt,
        lastCommune,
        floodWindowStart,
        floodCount,
        handledUpdates);
  }

  /** Counts a message towards the flood limit, starting a new minute when the last one is over. */
  Conversation counted(Instant at) {
    boolean sameMinute =
        floodWindowStart != null && Duration.between(floodWindowStart, at).toSeconds() < 60;
    return new Conversation(
        chatId,
        language,
        languageChosen,
        awaiting,
        draft,
        contactTicket,
        lastTicket,
        lastTicketAt,
        lastCommune,
        sameMinute ? floodWindowStart : at,
        sameMinute ? floodCount + 1 : 1,
        handledUpdates);
  }

  boolean hasHandled(long updateId) {
    return handledUpdates.contains(updateId);
  }

  Conversation handled(long updateId) {
    List<Long> remembered = new ArrayList<>(handledUpdates);
    remembered.add(updateId);
    if (remembered.size() > REMEMBERED) {
      remembered.subList(0, remembered.size() - REMEMBERED).clear();
    }
    return new Conversation(
        chatId,
        language,
        languageChosen,
        awaiting,
        draft,
        contactTicket,
        lastTicket,
        lastTicketAt,
        lastCommune,
        floodWindowStart,
        floodCount,
        remembered);
  }
}
