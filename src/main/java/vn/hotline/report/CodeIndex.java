package vn.hotline.report;

import java.util.HashMap;
import java.util.Map;
import vn.hotline.ticket.TicketCode;

/**
 * Where each ticket's facts sit in their day: a map from ticket code to slot kept in two primitive
 * arrays, since a million boxed entries would weigh more than the facts themselves. Not
 * thread-safe; the book writes to it under its own lock.
 */
final class CodeIndex {
  private static final long EMPTY = 0;
  private static final int TAIL_BITS = 48;
  private static final int CHAR_BITS = 6;

  private final Map<String, Integer> prefixes = new HashMap<>();
  private long[] keys = new long[1 << 12];
  private int[] slots = new int[1 << 12];
  private int size;

  /** The ticket's slot, or -1 when it is not here. */
  int slotOf(TicketCode code) {
    long key = key(code);
    for (int i = home(key, keys.length); ; i = (i + 1) & (keys.length - 1)) {
      if (keys[i] == key) {
        return slots[i];
      }
      if (keys[i] == EMPTY) {
        return -1;
      }
    }
  }

  /** Records the slot of a ticket that is not here yet. */
  void put(TicketCode code, int slot) {
    if (size * 2 >= keys.length) {
      grow();
    }
    insert(key(code), slot);
    size++;
  }

  private void insert(long key, int slot) {
    int i = home(key, keys.length);
    while (keys[i] != EMPTY) {
      i = (i + 1) & (keys.length - 1);
    }
    keys[i] = key;
    slots[i] = slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new long[oldKeys.length * 2];
    slots = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        insert(oldKeys[i], oldSlots[i]);
      }
    }
  }

  /**
   * The code as one number: the prefix's number in this index in the top 16 bits, the tail's
   * characters (at most 8, each {@code '1'..'o'}) 6 bits each below; never {@link #EMPTY}.
   */
  private long key(TicketCode code) {
    long prefix = prefixes.computeIfAbsent(code.prefix(), p -> prefixes.size() + 1);
    long tail = 0;
    for (int i = 0; i < code.tail().length(); i++) {
      tail = (tail << CHAR_BITS) | (code.tail().charAt(i) - '0');
    }
    return prefix << TAIL_BITS | tail;
  }

  private static int home(long key, int length) {
    long mixed = key * 0x9E3779B97F4A7C15L;
    return (int) (mixed >>> 40) & (length - 1);
  }
}
