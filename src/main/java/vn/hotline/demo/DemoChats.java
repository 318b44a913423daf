package vn.hotline.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the demo's chats show, in memory: per chat, the messages of the bot and of the people
 * played, edits applied in place, and the reply keyboard the bot last showed there. {@link
 * #version()} counts the changes, so that a page can ask cheaply whether anything is new.
 */
public final class DemoChats {
  private final Map<Long, List<DemoMessage>> chats = new HashMap<>();
  private final Map<Long, List<List<DemoKey>>> keyboards = new HashMap<>();
  private long version;

  /** The chat's messages, oldest first; none for a chat nobody has written in. */
  public synchronized List<DemoMessage> messages(long chatId) {
    return List.copyOf(chats.getOrDefault(chatId, List.of()));
  }

  public synchronized Optional<DemoMessage> message(long chatId, long messageId) {
    List<DemoMessage> chat = chats.getOrDefault(chatId, List.of());
    return messageId >= 1 && messageId <= chat.size()
        ? Optional.of(chat.get((int) messageId - 1))
        : Optional.empty();
  }

  /** The keys the bot offers in place of the person's keyboard in the chat; empty for none. */
  public synchronized List<List<DemoKey>> replyKeyboard(long chatId) {
    return keyboards.getOrDefault(chatId, List.of());
  }

  /** How many changes the chats have seen: a page shows them again only when it grows. */
  public synchronized long version() {
    return version;
  }

  /** Adds a message to the chat under the next id (1, 2, … in each chat) and returns it. */
  synchronized DemoMessage add(
      long chatId, DemoPerson from, String html, List<List<DemoButton>> buttons, DemoMedia media) {
    List<DemoMessage> chat = chats.computeIfAbsent(chatId, id -> new ArrayList<>());
    DemoMessage message = new DemoMessage(chat.size() + 1L, from, html, buttons, media, false);
    chat.add(message);
    version++;
    return message;
  }

  /**
   * Applies the bot's edit of one of its messages ({@code html} null keeps the text) and returns
   * the message as shown now, or Telegram's refusal.
   */
  synchronized Edit edit(long chatId, long messageId, String html, List<List<DemoButton>> buttons) {
    Optional<DemoMessage> found = message(chatId, messageId).filter(DemoMessage::fromBot);
    if (found.isEmpty()) {
      return new Edit.Refused("Bad Request: message to edit not found");
    }
    DemoMessage before = found.get();
    DemoMessage after = before.edit(html == null ? before.html() : html, buttons);
    if (after.html().equals(before.html()) && after.buttons().equals(before.buttons())) {
      return new Edit.Refused(
          "Bad Request: message is not modified: specified new message content and reply markup"
              + " are exactly the same as a current content and reply markup of the message");
    }
    chats.get(chatId).set((int) messageId - 1, after);
    version++;
    return new Edit.Applied(after);
  }

  /** Shows {@code keys} in place of the person's keyboard; no keys removes the keyboard. */
  synchronized void showKeyboard(long chatId, List<List<DemoKey>> keys) {
    if (keys.isEmpty()) {
      keyboards.remove(chatId);
    } else {
      keyboards.put(chatId, keys.stream().map(List::copyOf).toList());
    }
    version++;
  }

  /** What came of an edit. */
  sealed interface Edit {
    record Applied(DemoMessage message) implements Edit {}

    record Refused(String description) implements Edit {}
  }
}
