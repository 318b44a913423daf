package vn.hotline.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays the people of the demo: what a citizen or an officer does in a chat goes into {@link
 * DemoChats} and, as the real Update Telegram would make of it, to getUpdates, where the service's
 * long poll picks it up. A private chat is the person's own (its id is theirs); a group chat is one
 * of the cast's groups.
 */
public final class DemoPlayer {
  private final DemoChats chats;
  private final DemoUpdates updates;
  private final DemoFiles files;
  private final DemoCast cast;
  private final Clock clock;
  private final AtomicLong queries = new AtomicLong();

  /** What came of playing a person. */
  public sealed interface Played {
    /** The update went to getUpdates; {@code message} is what the chat shows of it. */
    record Pushed(long updateId, DemoMessage message) implements Played {}

    /** Nothing happened: {@code reason} says why. */
    record Refused(String reason) implements Played {}
  }

  DemoPlayer(DemoChats chats, DemoUpdates updates, DemoFiles files, DemoCast cast, Clock clock) {
    this.chats = chats;
    this.updates = updates;
    this.files = files;
    this.cast = cast;
    this.clock = clock;
  }

  /** {@code from} writes {@code text} in the chat. */
  public Played sendText(long chatId, DemoPerson from, String text) {
    if (text == null || text.isBlank()) {
      return new Played.Refused("an empty message is not sent");
    }
    return write(chatId, from, DemoMarkup.escape(text.strip()), DemoMedia.NONE);
  }

  /** {@code from} sends a photo (JPEG or PNG bytes) with a caption, which may be empty. */
  public Played sendPhoto(long chatId, DemoPerson from, byte[] image, String caption) {
    DemoFiles.StoredFile file = files.store("photo.jpg", image, true);
    return write(
        chatId, from, DemoMarkup.escape(caption.strip()), new DemoMedia.Photo(file.fileId()));
  }

  /** {@code from} shares a location. */
  public Played sendLocation(long chatId, DemoPerson from, double latitude, double longitude) {
    return write(chatId, from, "", new DemoMedia.Location(latitude, longitude));
  }

  /** {@code from} presses the button with {@code callbackData} under the bot's message. */
  public Played press(long chatId, long messageId, DemoPerson from, String callbackData) {
    if (!cast.playersOf(chatId).contains(from)) {
      return new Played.Refused(from.name() + " is not in chat " + chatId);
    }
    var message =
        chats
            .message(chatId, messageId)
            .filter(m -> m.fromBot() && m.callbackData().contains(callbackData));
    if (message.isEmpty()) {
      return new Played.Refused("message " + messageId + " has no button " + callbackData);
    }
    ObjectNode update = DemoJson.JSON.createObjectNode();
    ObjectNode query = update.putObject("callback_query");
    query.put("id", String.valueOf(4_382_000_000_000L + queries.incrementAndGet()));
    query.set("from", DemoJson.user(from));
    query.set("message", DemoJson.message(chatId, message.get(), cast, now()));
    query.put("chat_instance", String.valueOf(-5_311_000_000L + chatId));
    query.put("data", callbackData);
    return new Played.Pushed(updates.push(update), message.get());
  }

  private Played write(long chatId, DemoPerson from, String html, DemoMedia media) {
    if (!cast.playersOf(chatId).contains(from)) {
      return new Played.Refused(from.name() + " is not in chat " + chatId);
    }
    DemoMessage message = chats.add(chatId, from, html, List.of(), media);
    ObjectNode json = DemoJson.message(chatId, message, cast, now());
    String text = DemoMarkup.unescape(html);
    if (media instanceof DemoMedia.None && text.startsWith("/")) {
      // Telegram marks a command at the start of a text as an entity.
      json.putArray("entities")
          .addObject()
          .put("offset", 0)
          .put("length", text.split("\\s", 2)[0].length())
          .put("type", "bot_command");
    }
    ObjectNode update = DemoJson.JSON.createObjectNode();
    update.set("message", json);
    return new Played.Pushed(updates.push(update), message);
  }

  private long now() {
    return clock.instant().getEpochSecond();
  }
}
