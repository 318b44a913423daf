package vn.hotline.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * At most {@code max} sends in any {@code window}. A send holds its slot from the moment it starts
 * until {@code window} after it finished: the server counts a request when it arrives, somewhere
 * between the two, and timing from the end is the only way never to exceed its limit whatever the
 * network delay. Not thread-safe; {@link RateLimits} guards it.
 */
final class SlidingWindow {
  private final int max;
  private final Duration window;
  private final List<Slot> slots = new ArrayList<>();

  SlidingWindow(int max, Duration window) {
    this.max = max;
    this.window = window;
  }

  /** The earliest moment a send may start; {@link Instant#MAX} until a send in flight finishes. */
  Instant readyAt(Instant now) {
    if (slots.size() < max) {
      return now;
    }
    Instant earliest = Instant.MAX;
    for (Slot slot : slots) {
      Instant free = slot.freeAt(window);
      if (free.isBefore(earliest)) {
        earliest = free;
      }
    }
    return earliest.isBefore(now) ? now : earliest;
  }

  /**
   * Takes a slot for a send starting now; call only when {@link #readyAt} is not after {@code now}.
   */
  Slot take(Instant now) {
    slots.removeIf(slot -> !slot.freeAt(window).isAfter(now));
    if (slots.size() >= max) {
      throw new IllegalStateException("no free slot: check readyAt before take");
    }
    Slot slot = new Slot(this);
    slots.add(slot);
    return slot;
  }

  /** Whether the window remembers nothing that could hold up a send at {@code now} or later. */
  boolean idle(Instant now) {
    slots.removeIf(slot -> !slot.freeAt(window).isAfter(now));
    return slots.isEmpty();
  }

  /** One send's place in the window. */
  static final class Slot {
    private final SlidingWindow window;
    private Instant finished;

    private Slot(SlidingWindow window) {
      this.window = window;
    }

    void finish(Instant at) {
      finished = at;
    }

    /** Gives the place back: nothing was sent after all. */
    void cancel() {
      window.slots.remove(this);
    }

    private Instant freeAt(Duration window) {
      return finished == null ? Instant.MAX : finished.plus(window);
    }
  }
}
