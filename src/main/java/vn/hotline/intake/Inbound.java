package vn.hotline.intake;

import java.util.Optional;

/** What a person sent, whatever the channel. */
public sealed interface Inbound {

  /** The update it came in; the conversation handles each at most once. */
  long updateId();

  Sender sender();

  /** Who sent it and where: a private chat with the bot, or a group. */
  record Sender(
      long chatId, long userId, String languageCode, boolean privateChat, String displayName) {

    /** The language to answer in: English for English-speaking clients, Vietnamese otherwise. */
    public String language() {
      return languageCode != null && languageCode.startsWith("en") ? "en" : "vi";
    }
  }

  /**
   * A text message (commands included); {@code replyToBot} when it answers one of the bot's
   * messages.
   */
  record Text(long updateId, Sender sender, String text) implements Inbound {}

  /** A photo, with its caption (possibly empty). */
  record Photo(long updateId, Sender sender, String fileId, String caption) implements Inbound {}

  /** A shared location. */
  record Location(long updateId, Sender sender, double latitude, double longitude)
      implements Inbound {}

  /** A shared phone number. */
  record ContactShared(long updateId, Sender sender, String phone) implements Inbound {}

  /** A press on an inline button. */
  record ButtonPress(long updateId, Sender sender, String queryId, String data, long messageId)
      implements Inbound {}

  /** Anything the bot does not handle (stickers, voice, edits...): answered with a hint. */
  record Other(long updateId, Sender sender, String kind) implements Inbound {}

  /** The command word of a text, e.g. {@code status} for {@code /status@hotline_bot PN-4K7Q}. */
  static Optional<String> command(String text) {
    if (text == null || !text.startsWith("/") || text.length() < 2) {
      return Optional.empty();
    }
    String word = text.substring(1).split("[\\s@]", 2)[0];
    return word.isEmpty() ? Optional.empty() : Optional.of(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** What follows the command word. */
  static String commandArguments(String text) {
    String[] parts = text.strip().split("\\s+", 2);
    return parts.length > 1 ? parts[1].strip() : "";
  }
}
