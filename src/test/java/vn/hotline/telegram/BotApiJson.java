package vn.hotline.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/** The fake's answers, shaped as the Bot API's: {@code {"ok":true,"result":...}} or an error. */
final class BotApiJson {
  static final ObjectMapper JSON = new ObjectMapper();

  private BotApiJson() {}

  static String ok(JsonNode result) {
    return JSON.createObjectNode().put("ok", true).set("result", result).toString();
  }

  static String ok(boolean result) {
    return JSON.createObjectNode().put("ok", true).put("result", result).toString();
  }

  /** An answer whose result is a list of raw JSON objects (updates). */
  static String okList(List<String> results) {
    return "{\"ok\":true,\"result\":[" + String.join(",", results) + "]}";
  }

  static String error(int code, String description, Integer retryAfter) {
    ObjectNode error =
        JSON.createObjectNode()
            .put("ok", false)
            .put("error_code", code)
            .put("description", description);
    if (retryAfter != null) {
      error.putObject("parameters").put("retry_after", retryAfter);
    }
    return error.toString();
  }

  static ObjectNode bot(long id, String username) {
    return JSON.createObjectNode()
        .put("id", id)
        .put("is_bot", true)
        .put("first_name", "Đường dây nóng 1022")
        .put("username", username)
        .put("can_join_groups", true)
        .put("can_read_all_group_messages", false)
        .put("supports_inline_queries", false);
  }

  /**
   * A message the bot sent, as sendMessage, sendPhoto, sendDocument and the edits return it; {@code
   * media} is "photo", "document" or {@code null}, {@code upload} the file sent, if any.
   */
  static ObjectNode message(
      ObjectNode bot,
      long chatId,
      long messageId,
      String text,
      String markup,
      String media,
      FakeUpload upload,
      boolean edited) {
    long now = Instant.now().getEpochSecond();
    ObjectNode message = JSON.createObjectNode().put("message_id", messageId);
    message.set("from", bot);
    message.set("chat", chat(chatId));
    message.put("date", now);
    if (edited) {
      message.put("edit_date", now);
    }
    boolean photo = "photo".equals(media);
    if ("document".equals(media)) {
      message
          .putObject("document")
          .put("file_id", "BQACAgUAAxkBAAI" + messageId)
          .put("file_unique_id", "AgAD" + messageId)
          .put("file_name", upload == null ? "document" : upload.fileName())
          .put("file_size", upload == null ? 123456 : upload.size());
    }
    if (photo) {
      message
          .putArray("photo")
          .addObject()
          // Message ids count per chat: the chat makes the photo's id unique.
          .put("file_id", "AgACAgUAAxkBAAI" + Math.abs(chatId) + "x" + messageId)
          .put("file_unique_id", "AQAD" + Math.abs(chatId) + "x" + messageId)
          .put("width", 1280)
          .put("height", 960)
          .put("file_size", 123456);
    }
    if (text != null) {
      message.put(media != null ? "caption" : "text", text);
    }
    JsonNode replyMarkup = parse(markup);
    if (replyMarkup != null && replyMarkup.has("inline_keyboard")) {
      message.set("reply_markup", replyMarkup); // Telegram echoes inline keyboards only
    }
    return message;
  }

  private static ObjectNode chat(long chatId) {
    ObjectNode chat = JSON.createObjectNode().put("id", chatId);
    if (chatId > 0) {
      return chat.put("first_name", "Lan").put("type", "private");
    }
    boolean supergroup = chatId <= -1_000_000_000_000L;
    return chat.put("title", "Ban Chỉ đạo " + -chatId)
        .put("type", supergroup ? "supergroup" : "group");
  }

  private static JsonNode parse(String json) {
    try {
      return json == null ? null : JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
