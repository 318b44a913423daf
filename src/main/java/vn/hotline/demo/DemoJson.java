package vn.hotline.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The Bot API's objects as Telegram shapes them: answers, users, chats, messages, files. */
final class DemoJson {
  static final ObjectMapper JSON = new ObjectMapper();

  private DemoJson() {}

  static String ok(JsonNode result) {
    return JSON.createObjectNode().put("ok", true).set("result", result).toString();
  }

  static String ok(boolean result) {
    return JSON.createObjectNode().put("ok", true).put("result", result).toString();
  }

  static String error(int code, String description) {
    return JSON.createObjectNode()
        .put("ok", false)
        .put("error_code", code)
        .put("description", description)
        .toString();
  }

  static ObjectNode user(DemoPerson person) {
    ObjectNode user =
        JSON.createObjectNode()
            .put("id", person.id())
            .put("is_bot", person.isBot())
            .put("first_name", person.name());
    return person.isBot()
        ? user.put("username", "hotline1022_demo_bot")
            .put("can_join_groups", true)
            .put("can_read_all_group_messages", false)
            .put("supports_inline_queries", false)
        : user.put("language_code", person.language());
  }

  /**
   * A private chat is named after its person, a group has its title; ids below -10¹² are
   * supergroups.
   */
  static ObjectNode chat(long chatId, DemoCast cast) {
    ObjectNode chat = JSON.createObjectNode().put("id", chatId);
    if (chatId > 0) {
      String name = cast.playersOf(chatId).stream().findFirst().map(DemoPerson::name).orElse("Dân");
      return chat.put("first_name", name).put("type", "private");
    }
    String title = cast.group(chatId).map(DemoCast.DemoGroup::title).orElse("Nhóm " + -chatId);
    return chat.put("title", title)
        .put("type", chatId <= -1_000_000_000_000L ? "supergroup" : "group");
  }

  /** The message as Telegram gives it in answers and updates. */
  static ObjectNode message(long chatId, DemoMessage m, DemoCast cast, long date) {
    ObjectNode message = JSON.createObjectNode().put("message_id", m.id());
    message.set("from", user(m.from()));
    message.set("chat", chat(chatId, cast));
    message.put("date", date);
    if (m.edited()) {
      message.put("edit_date", date);
    }
    String text = m.fromBot() ? m.html() : DemoMarkup.unescape(m.html());
    switch (m.media()) {
      case DemoMedia.Photo photo -> {
        message.putArray("photo").add(photoSize(photo.fileId()));
        caption(message, text);
      }
      case DemoMedia.Document document -> {
        message
            .putObject("document")
            .put("file_id", document.fileId())
            .put("file_unique_id", "u" + document.fileId())
            .put("file_name", document.fileName());
        caption(message, text);
      }
      case DemoMedia.Location location ->
          message
              .putObject("location")
              .put("latitude", location.latitude())
              .put("longitude", location.longitude());
      case DemoMedia.None none -> message.put("text", text);
    }
    if (!m.buttons().isEmpty()) {
      message.set("reply_markup", inlineKeyboard(m.buttons()));
    }
    return message;
  }

  static ObjectNode file(DemoFiles.StoredFile file) {
    return JSON.createObjectNode()
        .put("file_id", file.fileId())
        .put("file_unique_id", file.uniqueId())
        .put("file_size", file.bytes().length)
        .put("file_path", file.path());
  }

  private static ObjectNode photoSize(String fileId) {
    return JSON.createObjectNode()
        .put("file_id", fileId)
        .put("file_unique_id", "u" + fileId)
        .put("width", 1280)
        .put("height", 960);
  }

  private static void caption(ObjectNode message, String text) {
    if (!text.isEmpty()) {
      message.put("caption", text);
    }
  }

  private static ObjectNode inlineKeyboard(List<List<DemoButton>> buttons) {
    ObjectNode markup = JSON.createObjectNode();
    ArrayNode rows = markup.putArray("inline_keyboard");
    for (List<DemoButton> row : buttons) {
      ArrayNode keys = rows.addArray();
      row.forEach(
          b -> keys.addObject().put("text", b.text()).put("callback_data", b.callbackData()));
    }
    return markup;
  }
}
