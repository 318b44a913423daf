package vn.hotline.notify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Telegram's sending limits as this process keeps them: per chat, per group (chats with a negative
 * id) and overall, plus the pauses Telegram orders with 429 answers. Shared by the dispatcher,
 * which asks and takes, and the sending threads, which finish.
 */
final class RateLimits {
  // Above this many remembered chats, those that can no longer hold anything up are forgotten.
  private static final int SWEEP_AT = 4096;

  private final OutboxSettings settings;
  private final SlidingWindow global;
  private final Map<Long, SlidingWindow> chats = new HashMap<>();
  private final Map<Long, SlidingWindow> groups = new HashMap<>();
  private final Map<Long, Instant> pausedUntil = new HashMap<>();

  RateLimits(OutboxSettings settings) {
    this.settings = settings;
    this.global = new SlidingWindow(settings.global(), settings.globalWindow());
  }

  /**
   * The earliest moment a message to {@code chatId} may start; {@link Instant#MAX} until a send
   * finishes.
   */
  synchronized Instant readyAt(long chatId, Instant now) {
    Instant ready = latest(now, global.readyAt(now));
    ready = latest(ready, pausedUntil.getOrDefault(chatId, now));
    SlidingWindow chat = chats.get(chatId);
    if (chat != null) {
      ready = latest(ready, chat.readyAt(now));
    }
    SlidingWindow group = groups.get(chatId);
    if (group != null) {
      ready = latest(ready, group.readyAt(now));
    }
    return ready;
  }

  /** The earliest moment the overall limit lets any limited message start. */
  synchronized Instant overallReadyAt(Instant now) {
    return global.readyAt(now);
  }

  /**
   * Takes the slots for a message to {@code chatId} starting now; only when {@link #readyAt}
   * allows.
   */
  synchronized Permit take(long chatId, Instant now) {
    if (chats.size() > SWEEP_AT) {
      sweep(now);
    }
    List<SlidingWindow.Slot> slots = new ArrayList<>(3);
    slots.add(global.take(now));
    slots.add(
        chats
            .computeIfAbsent(
                chatId, id -> new SlidingWindow(settings.perChat(), settings.perChatWindow()))
            .take(now));
    if (chatId < 0) {
      slots.add(
          groups
              .computeIfAbsent(
                  chatId, id -> new SlidingWindow(settings.perGroup(), settings.perGroupWindow()))
              .take(now));
    }
    return new Permit(List.copyOf(slots));
  }

  /** The send holding {@code permit} is over (whatever its outcome): its slots start to age. */
  synchronized void finished(Permit permit, Instant at) {
    permit.slots().forEach(slot -> slot.finish(at));
  }

  /**
   * The send holding {@code permit} did not happen (another sender took the message): its slots are
   * free again.
   */
  synchronized void cancel(Permit permit) {
    permit.slots().forEach(SlidingWindow.Slot::cancel);
  }

  /** Telegram said 429: nothing more goes to {@code chatId} before {@code until}. */
  synchronized void pause(long chatId, Instant until) {
    pausedUntil.merge(chatId, until, RateLimits::latest);
  }

  private void sweep(Instant now) {
    chats.values().removeIf(window -> window.idle(now));
    groups.values().removeIf(window -> window.idle(now));
    pausedUntil.values().removeIf(until -> !until.isAfter(now));
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** The slots one send holds; {@link #NONE} for messages outside the limits (callback answers). */
  record Permit(List<SlidingWindow.Slot> slots) {
    static final Permit NONE = new Permit(List.of());
  }
}
