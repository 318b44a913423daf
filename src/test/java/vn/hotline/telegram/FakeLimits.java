package vn.hotline.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Telegram's flood limits as the fake enforces them, when told to: at most {@code max} sends in any
 * {@code window} per chat, per group (negative chat id) and overall, counted when requests arrive.
 * A send over a limit is refused (and counted) with the seconds to wait; it does not count itself.
 */
final class FakeLimits {
  record Limit(int max, Duration window) {}

  private Limit perChat;
  private Limit perGroup;
  private Limit global;
  private final Map<Long, Deque<Long>> chats = new HashMap<>();
  private final Map<Long, Deque<Long>> groups = new HashMap<>();
  private final Deque<Long> all = new ArrayDeque<>();
  private int refused;

  synchronized void enforce(Limit perChat, Limit perGroup, Limit global) {
    this.perChat = perChat;
    this.perGroup = perGroup;
    this.global = global;
  }

  /**
   * Counts a send to {@code chatId} arriving at {@code nanos}, or says how many seconds it must
   * wait.
   */
  synchronized OptionalInt admit(long chatId, long nanos) {
    if (perChat == null) {
      return OptionalInt.empty();
    }
    Deque<Long> chat = chats.computeIfAbsent(chatId, id -> new ArrayDeque<>());
    Deque<Long> group =
        chatId < 0 ? groups.computeIfAbsent(chatId, id -> new ArrayDeque<>()) : null;
    long wait = Math.max(waitFor(global, all, nanos), waitFor(perChat, chat, nanos));
    if (group != null) {
      wait = Math.max(wait, waitFor(perGroup, group, nanos));
    }
    if (wait > 0) {
      refused++;
      return OptionalInt.of((int) Math.max(1, Math.ceilDiv(wait, 1_000_000_000L)));
    }
    all.addLast(nanos);
    chat.addLast(nanos);
    if (group != null) {
      group.addLast(nanos);
    }
    return OptionalInt.empty();
  }

  synchronized int refused() {
    return refused;
  }

  private static long waitFor(Limit limit, Deque<Long> sends, long now) {
    if (limit == null) {
      return 0;
    }
    long window = limit.window().toNanos();
    while (!sends.isEmpty() && sends.peekFirst() <= now - window) {
      sends.pollFirst();
    }
    return sends.size() < limit.max() ? 0 : sends.peekFirst() + window - now;
  }
}
