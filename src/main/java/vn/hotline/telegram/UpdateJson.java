package vn.hotline.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.Instant;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.Update;
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

  static Optional<Update> parse(String json) {
    try {
      Update update = UPDATES.readValue(json);
      return update.getUpdateId() == null ? Optional.empty() : Optional.of(update);
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

  /** The chat an update belongs to, or 0 for updates that belong to none. */
  static long chatId(Update update) {
    if (update.hasMessage()) {
      return update.getMessage().getChatId();
    }
    if (update.hasEditedMessage()) {
      return update.getEditedMessage().getChatId();
    }
    if (update.hasCallbackQuery()) {
      var query = update.getCallbackQuery();
      return query.getMessage() != null ? query.getMessage().getChatId() : query.getFrom().getId();
    }
    if (update.getMyChatMember() != null) {
      return update.getMyChatMember().getChat().getId();
    }
    return 0;
  }
}
