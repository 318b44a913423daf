package vn.hotline.report;

import java.util.HashMap;
import java.util.Map;
import vn.hotline.ticket.TicketCode;

/**
 * Where each ticket's facts sit in their day: a map from ticket code to location kept in two
 * primitive arrays, since a million boxed entries would weigh more than the facts themselves. Not
 * thread-safe; the book writes to it under its own lock.
 */
final class CodeIndex {
  private static final long EMPTY = 0;
  private static final int TAIL_BITS = 48;
  private static final int CHAR_BITS = 6;

  private final Map<String, Integer> prefixes = new HashMap<>();
  private long[] keys = new long[1 << 12];
  private long[] locations = new long[1 << 12];
  private int size;

  /** The ticket's location, or -1 when it is not here. */
  long locationOf(long key) {
    for (int i = home(key, keys.length); ; i = (i + 1) & (keys.length - 1)) {
      if (keys[i] == key) {
        return locations[i];
      }
      if (keys[i] == EMPTY) {
        return -1;
      }
    }
  }

  /** Records where a ticket is, replacing where it was. */
  void put(long key, long location) {
    for (int i = home(key, keys.length); keys[i] != EMPTY; i = (i + 1) & (keys.length - 1)) {
      if (keys[i] == key) {
        locations[i] = location;
        return;
      }
    }
    if (size * 2 >= keys.length) {
      grow();
    }
    insert(key, location);
    size++;
  }

  private void insert(long key, long location) {
    int i = home(key, keys.length);
    while (keys[i] != EMPTY) {
      i = (i + 1) & (keys.length - 1);
    }
    keys[i] = key;
    locations[i] = location;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldLocations = locations;
    keys = new long[oldKeys.length * 2];
    locations = new long[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        insert(oldKeys[i], oldLocations[i]);
      }
    }
  }

  /**
   * The code as one number: the prefix's number in this index in the top 16 bits, the tail's
   * characters (at most 8, each {@code '1'..'o'}) 6 bits each below; never {@link #EMPTY}.
   */
  long key(TicketCode code) {
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
