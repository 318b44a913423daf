package vn.hotline.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One call the fake Bot API answered, for assertions.
 *
 * @param method the method as the client named it (e.g. {@code sendMessage})
 * @param chatId the {@code chat_id} parameter, or {@code null}
 * @param text the text, or the caption of a photo, or {@code null}
 * @param replyMarkup the {@code reply_markup} parameter as JSON, or {@code null}
 * @param messageId the message the call created or edited, or 0
 * @param status 200, or the {@code error_code} of the answer
 * @param params every parameter, objects as JSON text
 * @param at when the call arrived
 * @param error the {@code description} of an error answer, or {@code null}
 * @param files the files uploaded by parameter name (e.g. {@code photo}, {@code document})
 */
public record BotApiCall(
    String method,
    Long chatId,
    String text,
    String replyMarkup,
    long messageId,
    int status,
    Map<String, String> params,
    Instant at,
    String error,
    Map<String, FakeUpload> files) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public BotApiCall {
    files = files == null ? Map.of() : Map.copyOf(files);
  }

  /** The file uploaded as {@code param}; fails the test when there is none. */
  public FakeUpload file(String param) {
    FakeUpload file = files.get(param);
    if (file == null) {
      throw new AssertionError(method + " uploaded no " + param + ": " + params);
    }
    return file;
  }

  public boolean ok() {
    return status == 200;
  }

  /** The texts of the buttons in the reply markup, row after row. */
  public List<String> buttonTexts() {
    return buttons("text");
  }

  /** The callback data of the inline buttons, row after row. */
  public List<String> callbackData() {
    return buttons("callback_data");
  }

  private List<String> buttons(String field) {
    List<String> values = new ArrayList<>();
    if (replyMarkup == null) {
      return values;
    }
    try {
      JsonNode markup = JSON.readTree(replyMarkup);
      JsonNode rows =
          markup.has("inline_keyboard") ? markup.get("inline_keyboard") : markup.path("keyboard");
      rows.forEach(
          row ->
              row.forEach(
                  button -> {
                    if (button.has(field)) {
                      values.add(button.get(field).asText());
                    }
                  }));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("reply_markup is not JSON: " + replyMarkup, e);
    }
    return values;
  }
}
