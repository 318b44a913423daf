package vn.hotline.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.Instant;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import vn.hotline.intake.InboxEntry;

/**
 * Reads and writes Telegram updates as JSON with Jackson, which the TelegramBots types are
 * annotated for. Unknown fields are ignored: Telegram adds fields over time.
 */
final class UpdateJson {
  static final String CHANNEL = "telegram";
  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  // A reader bound to the type skips the mapper's search for the deserializer on every update.
  private static final ObjectReader UPDATES = MAPPER.readerFor(Update.class);

  private UpdateJson() {}

  /**
   * The update in {@code json}, or empty when it is none: not JSON, not an object ({@code null}, a
   * list, a number), a field of the wrong type, or no {@code update_id}. Nesting deeper than
   * Jackson's limit is refused the same way.
   */
  static Optional<Update> parse(String json) {
    if (json == null) {
      return Optional.empty();
    }
    try {
      Update update = UPDATES.readValue(json);
      return update == null || update.getUpdateId() == null
          ? Optional.empty()
          : Optional.of(update);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static String write(Update update) {
    try {
      return MAPPER.writeValueAsString(update);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write update " + update.getUpdateId(), e);
    }
  }

  /** The inbox entry for an update; {@code payload} is the JSON as received. */
  static InboxEntry entry(Update update, String payload, Instant receivedAt) {
    return new InboxEntry(CHANNEL, update.getUpdateId(), chatId(update), payload, receivedAt);
  }

  /**
   * The chat an update belongs to, or 0 for updates that belong to none, or that lack the fields
   * that would tell (a forged update is stored before it is read, and must not fail here).
   */
  static long chatId(Update update) {
    if (update.hasMessage()) {
      return chatOf(update.getMessage().getChat());
    }
    if (update.hasEditedMessage()) {
      return chatOf(update.getEditedMessage().getChat());
    }
    if (update.hasCallbackQuery()) {
      var query = update.getCallbackQuery();
      if (query.getMessage() != null) {
        return chatOf(query.getMessage().getChat());
      }
      return query.getFrom() == null || query.getFrom().getId() == null
          ? 0
          : query.getFrom().getId();
    }
    if (update.getMyChatMember() != null) {
      return chatOf(update.getMyChatMember().getChat());
    }
    return 0;
  }

  private static long chatOf(Chat chat) {
    return chat == null || chat.getId() == null ? 0 : chat.getId();
  }
}
