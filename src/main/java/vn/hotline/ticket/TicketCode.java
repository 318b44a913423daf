package vn.hotline.ticket;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A ticket's code as people read it over the phone: the unit's letters, a hyphen, and 4–8
 * characters from an alphabet without look-alikes (no O/0, I/1/L, no U), e.g. {@code PN-4K7Q}.
 *
 * <p>The tail comes from a store-wide sequence through a permutation keyed by the deployment's
 * {@link CodeKey}, so codes never repeat, grow only when a length is used up, and tell nobody
 * without the key which code comes next or, beyond their length, how many tickets came before.
 */
public record TicketCode(String prefix, String tail) {
  /** Digits and letters that cannot be mistaken for each other when read aloud or handwritten. */
  static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

  private static final int BASE = ALPHABET.length();
  private static final int MIN_TAIL = 4;
  private static final int MAX_TAIL = 8;
  private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,6}");
  private static final Pattern TAIL =
      Pattern.compile("[" + ALPHABET + "]{" + MIN_TAIL + "," + MAX_TAIL + "}");
  private static final Pattern COMPACT =
      Pattern.compile("[A-Z]{2,6}[" + ALPHABET + "]{" + MIN_TAIL + "," + MAX_TAIL + "}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_.#/]+");

  public TicketCode {
    if (!PREFIX.matcher(prefix).matches() || !TAIL.matcher(tail).matches()) {
      throw new IllegalArgumentException("not a ticket code: " + prefix + "-" + tail);
    }
  }

  /**
   * The code for the {@code sequence}-th ticket (from 0) of a unit whose codes start with {@code
   * prefix}, in the order {@code key} gives. The first 30^4 sequence numbers take the 4-character
   * tails, the next 30^5 the 5-character ones, and so on.
   */
  public static TicketCode of(String prefix, long sequence, CodeKey key) {
    if (sequence < 0) {
      throw new IllegalArgumentException("ticket sequence below 0: " + sequence);
    }
    long rest = sequence;
    for (int length = MIN_TAIL; length <= MAX_TAIL; length++) {
      long size = CodePermutation.size(length);
      if (rest < size) {
        return new TicketCode(prefix, tail(CodePermutation.apply(key, rest, length), length));
      }
      rest -= size;
    }
    throw new IllegalStateException("ticket sequence exhausted: " + sequence);
  }

  private static String tail(long value, int length) {
    char[] chars = new char[length];
    long rest = value;
    for (int i = length - 1; i >= 0; i--) {
      chars[i] = ALPHABET.charAt((int) (rest % BASE));
      rest /= BASE;
    }
    return new String(chars);
  }

  /**
   * Reads a code as a citizen types it back: any case, with or without the hyphen or spaces. Gives
   * the compact key ({@code PN4K7Q}) that identifies the ticket, or empty when it cannot be a code.
   */
  public static Optional<String> compactKey(String typed) {
    if (typed == null || typed.length() > 40) {
      return Optional.empty();
    }
    String compact = SEPARATORS.matcher(typed.strip()).replaceAll("").toUpperCase(Locale.ROOT);
    return COMPACT.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
  }

  /**
   * The code as {@link #toString} writes it ({@code PN-4K7Q}), e.g. where it is stored: the hyphen
   * tells where the prefix ends, which a typed code without it may not.
   *
   * @throws IllegalArgumentException when it is not written so
   */
  public static TicketCode parse(String written) {
    int hyphen = written.indexOf('-');
    if (hyphen < 0) {
      throw new IllegalArgumentException("not a ticket code: " + written);
    }
    return new TicketCode(written.substring(0, hyphen), written.substring(hyphen + 1));
  }

  /** The key under which the ticket is found, whatever way the code was typed. */
  public String compact() {
    return prefix + tail;
  }

  @Override
  public String toString() {
    return prefix + "-" + tail;
  }
}
