package vn.hotline.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.hotline.unit.UnitCode;

/**
 * What the bot remembers of a private chat between messages.
 *
 * @param speech the language the bot speaks there
 * @param waiting what the bot asked and waits for
 * @param last the person's last filed report
 * @param flood how many messages came in the current minute
 * @param handledUpdates the updates handled lately (at most {@link #REMEMBERED}): one of them
 *     arriving again is not handled again. A set rather than the highest id, because after a crash
 *     an older update may still be waiting while a newer one of the same chat was handled.
 */
public record Conversation(
    long chatId,
    Speech speech,
    Waiting waiting,
    LastReport last,
    Flood flood,
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

  /**
   * The language the bot speaks in the chat.
   *
   * @param language {@code vi} or {@code en}
   * @param chosen whether the person chose it with /lang (else it follows Telegram's setting)
   */
  public record Speech(String language, boolean chosen) {}

  /**
   * What the bot asked and waits for.
   *
   * @param awaiting what the bot asked for
   * @param draft the report being put together, or {@code null}
   * @param contactTicket the ticket a phone number or address is being asked for, or empty
   */
  public record Waiting(Awaiting awaiting, Draft draft, String contactTicket) {
    static final Waiting NOTHING = new Waiting(Awaiting.NOTHING, null, "");

    public Waiting {
      awaiting = awaiting == null ? Awaiting.NOTHING : awaiting;
      contactTicket = contactTicket == null ? "" : contactTicket;
    }

    Waiting withContactTicket(String ticketCode) {
      return new Waiting(awaiting, draft, ticketCode);
    }
  }

  /**
   * The person's last filed report, for a follow-up that soon after continues it.
   *
   * @param ticket the code of the person's last filed ticket, or empty
   * @param at when it was filed
   * @param commune the commune of the person's last report, offered as a one-tap choice, or {@code
   *     null}
   */
  public record LastReport(String ticket, Instant at, UnitCode commune) {
    static final LastReport NONE = new LastReport("", null, null);

    public LastReport {
      ticket = ticket == null ? "" : ticket;
    }
  }

  /**
   * Messages counted towards the flood limit.
   *
   * @param windowStart the start of the current minute of flood counting
   * @param count messages in that minute
   */
  public record Flood(Instant windowStart, int count) {
    static final Flood NONE = new Flood(null, 0);

    /** Counts a message, starting a new minute when the last one is over. */
    Flood counted(Instant at) {
      boolean sameMinute =
          windowStart != null && Duration.between(windowStart, at).toSeconds() < 60;
      return sameMinute ? new Flood(windowStart, count + 1) : new Flood(at, 1);
    }
  }

  public Conversation {
    handledUpdates = handledUpdates == null ? List.of() : List.copyOf(handledUpdates);
    waiting = waiting == null ? Waiting.NOTHING : waiting;
    last = last == null ? LastReport.NONE : last;
    flood = flood == null ? Flood.NONE : flood;
  }

  static Conversation start(long chatId, String language) {
    return new Conversation(
        chatId,
        new Speech(language, false),
        Waiting.NOTHING,
        LastReport.NONE,
        Flood.NONE,
        List.of());
  }

  Conversation awaiting(Awaiting what, Draft newDraft) {
    return with(new Waiting(what, newDraft, waiting.contactTicket()));
  }

  Conversation idle() {
    return with(Waiting.NOTHING);
  }

  Conversation askingContactFor(String ticketCode) {
    return with(waiting.withContactTicket(ticketCode));
  }

  Conversation filed(String code, Instant at, UnitCode commune) {
    return new Conversation(
        chatId,
        speech,
        new Waiting(Awaiting.NOTHING, null, waiting.contactTicket()),
        new LastReport(code, at, commune),
        flood,
        handledUpdates);
  }

  Conversation speaking(String newLanguage, boolean chosen) {
    return new Conversation(
        chatId, new Speech(newLanguage, chosen), waiting, last, flood, handledUpdates);
  }

  /** Counts a message towards the flood limit, starting a new minute when the last one is over. */
  Conversation counted(Instant at) {
    return new Conversation(chatId, speech, waiting, last, flood.counted(at), handledUpdates);
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
    return new Conversation(chatId, speech, waiting, last, flood, remembered);
  }

  private Conversation with(Waiting newWaiting) {
    return new Conversation(chatId, speech, newWaiting, last, flood, handledUpdates);
  }
}
