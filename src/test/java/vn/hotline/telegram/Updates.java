package vn.hotline.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/** Builds real-shaped Telegram update JSON for tests, for any chat and text. */
public final class Updates {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicLong IDS = new AtomicLong(800_000_000);
  private static final AtomicLong MESSAGES = new AtomicLong(5_000);

  private Updates() {}

  public static long nextId() {
    return IDS.incrementAndGet();
  }

  public static String text(long chatId, String text) {
    return text(nextId(), chatId, text, "vi");
  }

  public static String text(long updateId, long chatId, String text, String language) {
    return message(updateId, chatId, chatId, language, text, null);
  }

  /** A text that officer {@code userId} writes in the group {@code groupId}. */
  public static String groupText(long groupId, long userId, String text) {
    return message(nextId(), groupId, userId, "vi", text, null);
  }

  /** A photo (its largest size {@code fileId}) with a caption, in a private chat or a group. */
  public static String photo(long chatId, long userId, String fileId, String caption) {
    return message(nextId(), chatId, userId, "vi", caption, fileId);
  }

  private static String message(
      long updateId, long chatId, long userId, String language, String text, String photo) {
    ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
    ObjectNode message = update.putObject("message");
    message.put("message_id", MESSAGES.incrementAndGet());
    user(message.putObject("from"), userId, language);
    chat(message.putObject("chat"), chatId);
    message.put("date", 1_631_260_800L);
    String field = photo == null ? "text" : "caption";
    if (photo != null) {
      var sizes = message.putArray("photo");
      sizes
          .addObject()
          .put("file_id", photo + "-small")
          .put("file_unique_id", "s" + photo)
          .put("width", 90)
          .put("height", 90);
      sizes
          .addObject()
          .put("file_id", photo)
          .put("file_unique_id", "l" + photo)
          .put("width", 1280)
          .put("height", 960);
    }
    if (text != null) {
      message.put(field, text);
      if (text.startsWith("/")) {
        int length = text.split("\\s", 2)[0].length();
        message
            .putArray(photo == null ? "entities" : "caption_entities")
            .addObject()
            .put("offset", 0)
            .put("length", length)
            .put("type", "bot_command");
      }
    }
    return update.toString();
  }

  public static String button(long chatId, String data, long messageId) {
    return button(chatId, chatId, data, messageId);
  }

  /** Person {@code userId} presses a button under the bot's message in chat {@code chatId}. */
  public static String button(long chatId, long userId, String data, long messageId) {
    ObjectNode update = JSON.createObjectNode().put("update_id", nextId());
    ObjectNode query = update.putObject("callback_query");
    query.put("id", String.valueOf(4_382_000_000_000L + IDS.get()));
    user(query.putObject("from"), userId, "vi");
    ObjectNode message = query.putObject("message");
    message.put("message_id", messageId);
    message
        .putObject("from")
        .put("id", 7_104_455_672L)
        .put("is_bot", true)
        .put("first_name", "Hotline 1022")
        .put("username", FakeBotApi.BOT_USERNAME);
    chat(message.putObject("chat"), chatId);
    message.put("date", 1_631_260_800L);
    message.put("text", "…");
    query.put("chat_instance", "-53110000" + chatId);
    query.put("data", data);
    return update.toString();
  }

  // Groups have negative ids, as in Telegram.
  private static void chat(ObjectNode chat, long chatId) {
    if (chatId < 0) {
      chat.put("id", chatId).put("title", "Ban chỉ đạo " + chatId).put("type", "supergroup");
    } else {
      chat.put("id", chatId).put("first_name", "Dân").put("type", "private");
      chat.put("username", "dan" + chatId);
    }
  }

  private static void user(ObjectNode from, long id, String language) {
    from.put("id", id).put("is_bot", false).put("first_name", "Dân").put("language_code", language);
  }
}
