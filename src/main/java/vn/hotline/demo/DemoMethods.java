package vn.hotline.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The Bot API methods the service calls, answered as Telegram does: the bot's messages go into
 * {@link DemoChats} (numbered per chat, edits applied in place), uploads into {@link DemoFiles},
 * and getUpdates hands out what {@link DemoPlayer} pushed. As on Telegram, getUpdates is refused
 * while a webhook is set.
 */
final class DemoMethods {
  private static final int MAX_TEXT = 4096;
  private static final int MAX_CAPTION = 1024;

  private final DemoChats chats;
  private final DemoUpdates updates;
  private final DemoFiles files;
  private final DemoCast cast;
  private final Clock clock;
  private volatile String webhook;

  /** An answer: the HTTP status and the JSON body. */
  record Answer(int status, String json) {
    static Answer ok(String json) {
      return new Answer(200, json);
    }

    static Answer error(int status, String description) {
      return new Answer(status, DemoJson.error(status, description));
    }
  }

  DemoMethods(DemoChats chats, DemoUpdates updates, DemoFiles files, DemoCast cast, Clock clock) {
    this.chats = chats;
    this.updates = updates;
    this.files = files;
    this.cast = cast;
    this.clock = clock;
  }

  Answer answer(DemoRequest request) {
    return switch (request.method().toLowerCase(Locale.ROOT)) {
      case "getme" -> Answer.ok(DemoJson.ok(DemoJson.user(DemoPerson.BOT)));
      case "getupdates" -> getUpdates(request);
      case "setwebhook" -> {
        webhook = request.param("url");
        yield Answer.ok(DemoJson.ok(true));
      }
      case "deletewebhook" -> {
        webhook = null;
        if (Boolean.parseBoolean(request.param("drop_pending_updates"))) {
          updates.drop();
        }
        yield Answer.ok(DemoJson.ok(true));
      }
      case "setmycommands", "answercallbackquery" -> Answer.ok(DemoJson.ok(true));
      case "sendmessage" -> sendMessage(request);
      case "sendphoto" -> sendFile(request, "photo");
      case "senddocument" -> sendFile(request, "document");
      case "editmessagetext" -> edit(request, request.param("text"));
      case "editmessagereplymarkup" -> edit(request, null);
      case "getfile" ->
          files
              .byId(String.valueOf(request.param("file_id")))
              .map(file -> Answer.ok(DemoJson.ok(DemoJson.file(file))))
              .orElse(Answer.error(400, "Bad Request: invalid file_id"));
      default -> Answer.error(404, "Not Found");
    };
  }

  private Answer getUpdates(DemoRequest request) {
    if (webhook != null) {
      return Answer.error(
          409,
          "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to"
              + " delete the webhook first");
    }
    var found =
        updates.poll(
            request.number("offset", 0),
            (int) request.number("limit", 100),
            Duration.ofSeconds(Math.clamp(request.number("timeout", 0), 0, 50)));
    return Answer.ok(DemoJson.ok(DemoJson.JSON.valueToTree(found)));
  }

  private Answer sendMessage(DemoRequest request) {
    long chat = request.number("chat_id", 0);
    String text = request.param("text");
    if (chat == 0) {
      return Answer.error(400, "Bad Request: chat_id is empty");
    }
    if (text == null || text.isBlank()) {
      return Answer.error(400, "Bad Request: message text is empty");
    }
    if (text.length() > MAX_TEXT) {
      return Answer.error(400, "Bad Request: message is too long");
    }
    return sent(chat, text, request.object("reply_markup"), DemoMedia.NONE);
  }

  /** sendPhoto or sendDocument, of a file id or of a file uploaded in the request. */
  private Answer sendFile(DemoRequest request, String kind) {
    long chat = request.number("chat_id", 0);
    String caption = request.param("caption") == null ? "" : request.param("caption");
    String given = request.param(kind);
    if (chat == 0) {
      return Answer.error(400, "Bad Request: chat_id is empty");
    }
    if (given == null || given.isBlank()) {
      return Answer.error(400, "Bad Request: there is no " + kind + " in the request");
    }
    if (caption.length() > MAX_CAPTION) {
      return Answer.error(400, "Bad Request: message caption is too long");
    }
    boolean photo = kind.equals("photo");
    DemoRequest.Upload upload = request.files().get(kind);
    DemoFiles.StoredFile file;
    if (upload != null) {
      file = files.store(upload.fileName(), upload.bytes(), photo);
    } else if (photo) {
      file = files.photo(given);
    } else {
      var known = files.byId(given);
      if (known.isEmpty()) {
        return Answer.error(400, "Bad Request: wrong file identifier/HTTP URL specified");
      }
      file = known.get();
    }
    DemoMedia media =
        photo
            ? new DemoMedia.Photo(file.fileId())
            : new DemoMedia.Document(file.fileId(), file.fileName());
    return sent(chat, caption, request.object("reply_markup"), media);
  }

  private Answer sent(long chat, String html, JsonNode markup, DemoMedia media) {
    DemoMarkup.keyboard(markup).ifPresent(keys -> chats.showKeyboard(chat, keys));
    DemoMessage message = chats.add(chat, DemoPerson.BOT, html, DemoMarkup.buttons(markup), media);
    return Answer.ok(DemoJson.ok(DemoJson.message(chat, message, cast, now())));
  }

  /** An edit; without reply_markup it removes the inline keyboard, as on Telegram. */
  private Answer edit(DemoRequest request, String text) {
    if (text != null && text.isBlank()) {
      return Answer.error(400, "Bad Request: message text is empty");
    }
    if (text != null && text.length() > MAX_TEXT) {
      return Answer.error(400, "Bad Request: MESSAGE_TOO_LONG");
    }
    long chat = request.number("chat_id", 0);
    List<List<DemoButton>> buttons = DemoMarkup.buttons(request.object("reply_markup"));
    return switch (chats.edit(chat, request.number("message_id", 0), text, buttons)) {
      case DemoChats.Edit.Applied applied ->
          Answer.ok(DemoJson.ok(DemoJson.message(chat, applied.message(), cast, now())));
      case DemoChats.Edit.Refused refused -> Answer.error(400, refused.description());
    };
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }
}
