package vn.hotline.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the bot's reply markup, and turns a person's plain text into the HTML chats keep. */
final class DemoMarkup {
  private DemoMarkup() {}

  /** The inline keyboard of a reply markup; none for any other markup or none at all. */
  static List<List<DemoButton>> buttons(JsonNode markup) {
    List<List<DemoButton>> rows = new ArrayList<>();
    if (markup != null && markup.path("inline_keyboard").isArray()) {
      for (JsonNode row : markup.get("inline_keyboard")) {
        List<DemoButton> buttons = new ArrayList<>();
        row.forEach(
            b ->
                buttons.add(
                    new DemoButton(b.path("text").asText(), b.path("callback_data").asText())));
        rows.add(buttons);
      }
    }
    return rows;
  }

  /**
   * What a reply markup does to the person's keyboard: a reply keyboard replaces it, a removal
   * empties it, anything else leaves it alone.
   */
  static Optional<List<List<DemoKey>>> keyboard(JsonNode markup) {
    if (markup == null) {
      return Optional.empty();
    }
    if (markup.path("remove_keyboard").asBoolean(false)) {
      return Optional.of(List.of());
    }
    if (!markup.path("keyboard").isArray()) {
      return Optional.empty();
    }
    List<List<DemoKey>> rows = new ArrayList<>();
    for (JsonNode row : markup.get("keyboard")) {
      List<DemoKey> keys = new ArrayList<>();
      row.forEach(
          k ->
              keys.add(
                  new DemoKey(
                      k.isTextual() ? k.asText() : k.path("text").asText(),
                      k.path("request_location").asBoolean(false),
                      k.path("request_contact").asBoolean(false))));
      rows.add(keys);
    }
    return Optional.of(rows);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String unescape(String html) {
    return html.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
