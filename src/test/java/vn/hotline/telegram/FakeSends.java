package vn.hotline.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake's sending methods (sendMessage, sendPhoto, sendDocument, editMessageText,
 * editMessageReplyMarkup, answerCallbackQuery) with the faults a test can order: server errors,
 * blocked or unknown chats, flood limits, and answers lost after the message was sent.
 */
final class FakeSends {
  static final Set<String> METHODS =
      Set.of(
          "sendmessage",
          "sendphoto",
          "senddocument",
          "editmessagetext",
          "editmessagereplymarkup",
          "answercallbackquery");
  private static final String ANY = "*";

  private final ObjectNode bot;
  private final FakeFiles files;
  private final FakeChats chats = new FakeChats();
  private final FakeLimits limits = new FakeLimits();
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  private final AtomicInteger lostAnswers = new AtomicInteger();

  FakeSends(ObjectNode bot, FakeFiles files) {
    this.bot = bot;
    this.files = files;
  }

  FakeAnswer answer(String method, FakeRequest request) {
    if (takeFailure(method)) {
      return FakeAnswer.error(500, "Internal Server Error");
    }
    Long chat = request.chatId();
    if (!method.equals("answercallbackquery")) {
      if (chat == null) {
        return FakeAnswer.error(400, "Bad Request: chat_id is empty");
      }
      if (chats.blocked(chat)) {
        return FakeAnswer.error(403, "Forbidden: bot was blocked by the user");
      }
      if (chats.unknown(chat)) {
        return FakeAnswer.error(400, "Bad Request: chat not found");
      }
      OptionalInt wait = limits.admit(chat, System.nanoTime());
      if (wait.isPresent()) {
        return FakeAnswer.error(
            429, "Too Many Requests: retry after " + wait.getAsInt(), wait.getAsInt());
      }
    }
    FakeAnswer answer =
        switch (method) {
          case "sendmessage" -> send(chat, request.param("text"), request, null);
          case "sendphoto" -> send(chat, request.param("caption"), request, "photo");
          case "senddocument" -> send(chat, request.param("caption"), request, "document");
          case "editmessagetext" ->
              edit(chat, request, request.param("text") == null ? "" : request.param("text"));
          case "editmessagereplymarkup" -> edit(chat, request, null);
          default -> FakeAnswer.ok(BotApiJson.ok(true), 0);
        };
    boolean lose = answer.status() == 200 && lostAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    return lose ? answer.lose() : answer;
  }

  /** A send of a text, or with {@code media} ("photo", "document") of that media and a caption. */
  private FakeAnswer send(long chat, String text, FakeRequest request, String media) {
    if (media != null && request.param(media) == null) {
      return FakeAnswer.error(400, "Bad Request: there is no " + media + " in the request");
    }
    if (media == null && (text == null || text.isBlank())) {
      return FakeAnswer.error(400, "Bad Request: message text is empty");
    }
    if (text != null && text.length() > (media != null ? 1024 : 4096)) {
      return FakeAnswer.error(
          400,
          media != null
              ? "Bad Request: message caption is too long"
              : "Bad Request: message is too long");
    }
    String markup = request.param("reply_markup");
    long id = chats.add(chat, text, markup);
    FakeUpload upload = media == null ? null : request.files().get(media);
    ObjectNode message = BotApiJson.message(bot, chat, id, text, markup, media, upload, false);
    if ("photo".equals(media)) {
      // An uploaded photo can be downloaded again under the id Telegram gave it; one sent by id
      // keeps its id.
      String fileId = message.get("photo").get(0).get("file_id").asText();
      if (upload != null) {
        files.put(fileId, upload.bytes());
      }
    }
    return FakeAnswer.ok(BotApiJson.ok(message), id);
  }

  private FakeAnswer edit(long chat, FakeRequest request, String text) {
    if (text != null && text.isEmpty()) {
      return FakeAnswer.error(400, "Bad Request: message text is empty");
    }
    long id = request.number("message_id", 0);
    String markup = request.param("reply_markup");
    var refusal = chats.edit(chat, id, text, markup);
    if (refusal.isPresent()) {
      return FakeAnswer.error(400, refusal.get());
    }
    String shown = chats.shown(chat, id).map(FakeChats.Shown::text).orElse(null);
    return FakeAnswer.ok(
        BotApiJson.ok(BotApiJson.message(bot, chat, id, shown, markup, null, null, true)), id);
  }

  private boolean takeFailure(String method) {
    for (String key : new String[] {method, ANY}) {
      AtomicInteger left = failures.get(key);
      if (left != null && left.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        return true;
      }
    }
    return false;
  }

  void failNext(String method, int n) {
    failures
        .computeIfAbsent(method == null ? ANY : method.toLowerCase(), key -> new AtomicInteger())
        .addAndGet(n);
  }

  void loseNextAnswers(int n) {
    lostAnswers.addAndGet(n);
  }

  FakeChats chats() {
    return chats;
  }

  FakeLimits limits() {
    return limits;
  }
}
