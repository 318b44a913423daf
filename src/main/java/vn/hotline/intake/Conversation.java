package vn.hotline.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
    return with(
        c -> {
          c.awaiting = what;
          c.draft = newDraft;
        });
  }

  Conversation idle() {
    return awaiting(Awaiting.NOTHING, null).askingContactFor("");
  }

  Conversation askingContactFor(String ticketCode) {
    return with(c -> c.contactTicket = ticketCode);
  }

  Conversation filed(String code, Instant at, String commune) {
    return with(
        c -> {
          c.awaiting = Awaiting.NOTHING;
          c.draft = null;
          c.lastTicket = code;
          c.lastTicketAt = at;
          c.lastCommune = commune;
        });
  }

  Conversation speaking(String newLanguage, boolean chosen) {
    return with(
        c -> {
          c.language = newLanguage;
          c.languageChosen = chosen;
        });
  }

  /** Counts a message towards the flood limit, starting a new minute when the last one is over. */
  Conversation counted(Instant at) {
    boolean sameMinute =
        floodWindowStart != null && Duration.between(floodWindowStart, at).toSeconds() < 60;
    return with(
        c -> {
          c.floodWindowStart = sameMinute ? floodWindowStart : at;
          c.floodCount = sameMinute ? floodCount + 1 : 1;
        });
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
    return with(c -> c.handledUpdates = remembered);
  }

  /** This conversation with the fields {@code change} sets; records have no withers. */
  private Conversation with(Consumer<Copy> change) {
    Copy copy = new Copy(this);
    change.accept(copy);
    return copy.build();
  }

  /** The fields of a conversation, to change a few of them and build the changed one. */
  private static final class Copy {
    private final long chatId;
    String language;
    boolean languageChosen;
    Awaiting awaiting;
    Draft draft;
    String contactTicket;
    String lastTicket;
    Instant lastTicketAt;
    String lastCommune;
    Instant floodWindowStart;
    int floodCount;
    List<Long> handledUpdates;

    Copy(Conversation c) {
      chatId = c.chatId;
      language = c.language;
      languageChosen = c.languageChosen;
      awaiting = c.awaiting;
      draft = c.draft;
      contactTicket = c.contactTicket;
      lastTicket = c.lastTicket;
      lastTicketAt = c.lastTicketAt;
      lastCommune = c.lastCommune;
      floodWindowStart = c.floodWindowStart;
      floodCount = c.floodCount;
      handledUpdates = c.handledUpdates;
    }

    Conversation build() {
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
          handledUpdates);
    }
  }
}
