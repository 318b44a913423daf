package vn.hotline.telegram;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the fake Telegram remembers of chats: the messages the bot sent there, numbered from 1 per
 * chat as Telegram does, so that edits can be checked; and the chats that blocked the bot or that
 * it cannot find.
 */
final class FakeChats {
  private final Map<Long, Map<Long, Shown>> messages = new HashMap<>();
  private final Set<Long> blocked = new HashSet<>();
  private final Set<Long> unknown = new HashSet<>();

  /** A message as the chat shows it. */
  record Shown(String text, String markup) {}

  synchronized long add(long chatId, String text, String markup) {
    Map<Long, Shown> chat = messages.computeIfAbsent(chatId, id -> new LinkedHashMap<>());
    long id = chat.size() + 1L;
    chat.put(id, new Shown(text, markup));
    return id;
  }

  /**
   * Applies an edit ({@code text} null keeps the text); returns the Bot API's refusal, or empty.
   */
  synchronized Optional<String> edit(long chatId, long messageId, String text, String markup) {
    Shown before = messages.getOrDefault(chatId, Map.of()).get(messageId);
    if (before == null) {
      return Optional.of("Bad Request: message to edit not found");
    }
    Shown after = new Shown(text == null ? before.text() : text, markup);
    if (after.equals(before)) {
      return Optional.of(
          "Bad Request: message is not modified: specified new message content and reply markup"
              + " are exactly the same as a current content and reply markup of the message");
    }
    messages.get(chatId).put(messageId, after);
    return Optional.empty();
  }

  synchronized Optional<Shown> shown(long chatId, long messageId) {
    return Optional.ofNullable(messages.getOrDefault(chatId, Map.of()).get(messageId));
  }

  synchronized void block(long chatId) {
    blocked.add(chatId);
  }

  synchronized void forget(long chatId) {
    unknown.add(chatId);
  }

  synchronized boolean blocked(long chatId) {
    return blocked.contains(chatId);
  }

  synchronized boolean unknown(long chatId) {
    return unknown.contains(chatId);
  }
}
