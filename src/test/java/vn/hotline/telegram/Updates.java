package vn.hotline.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/** Builds real-shaped Telegram update JSON for tests, for any chat and text. */
final class Updates {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicLong IDS = new AtomicLong(800_000_000);
  private static final AtomicLong MESSAGES = new AtomicLong(5_000);

  private Updates() {}

  static long nextId() {
    return IDS.incrementAndGet();
  }

  static String text(long chatId, String text) {
    return text(nextId(), chatId, text, "vi");
  }

  static String text(long updateId, long chatId, String text, String language) {
    ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
    ObjectNode message = update.putObject("message");
    message.put("message_id", MESSAGES.incrementAndGet());
    user(message.putObject("from"), chatId, language);
    ObjectNode chat =
        message.putObject("chat").put("id", chatId).put("first_name", "Dân").put("type", "private");
    chat.put("username", "dan" + chatId);
    message.put("date", 1_631_260_800L);
    message.put("text", text);
    if (text.startsWith("/")) {
      int length = text.split("\\s", 2)[0].length();
      message
          .putArray("entities")
          .addObject()
          .put("offset", 0)
          .put("length", length)
          .put("type", "bot_command");
    }
    return update.toString();
  }

  static String button(long chatId, String data, long messageId) {
    ObjectNode update = JSON.createObjectNode().put("update_id", nextId());
    ObjectNode query = update.putObject("callback_query");
    query.put("id", String.valueOf(4_382_000_000_000L + IDS.get()));
    user(query.putObject("from"), chatId, "vi");
    ObjectNode message = query.putObject("message");
    message.put("message_id", messageId);
    message
        .putObject("from")
        .put("id", 7_104_455_672L)
        .put("is_bot", true)
        .put("first_name", "Hotline 1022")
        .put("username", FakeBotApi.BOT_USERNAME);
    message.putObject("chat").put("id", chatId).put("first_name", "Dân").put("type", "private");
    message.put("date", 1_631_260_800L);
    message.put("text", "…");
    query.put("chat_instance", "-53110000" + chatId);
    query.put("data", data);
    return update.toString();
  }

  private static void user(ObjectNode from, long id, String language) {
    from.put("id", id).put("is_bot", false).put("first_name", "Dân").put("language_code", language);
  }
}
