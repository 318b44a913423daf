package vn.hotline.triage;

import java.util.ArrayList;
import java.util.List;

/**
 * Words and short phrases of the language data, each standing for a value, looked up at a position
 * of a text. They match folded, with one care for accents: a listed word written with diacritics
 * matches a word typed without any ("quan" may be "quán"), but not a word typed with other ones
 * ("quận" is not "quán", "có" is not "cô"). An exact entry does not match a word typed without
 * diacritics at all ("xỉu" faints; "xiu" is most often "xíu", a little).
 *
 * @param <V> what an entry stands for
 */
final class WordList<V> {
  private static final int LONGEST = 6;

  private final TokenTrie<List<Entry<V>>> forward = new TokenTrie<>();
  private final TokenTrie<List<Entry<V>>> backward = new TokenTrie<>();

  private record Entry<V>(String[] accented, boolean[] marked, boolean exact, V value) {}

  /**
   * An entry found in a text: its value and the words it covers, {@code start} to {@code end}
   * exclusive.
   */
  record Match<V>(V value, int start, int end) {}

  /** A list whose entries stand for themselves, as written; a line starting with "=" is exact. */
  static WordList<String> of(List<String> lines) {
    WordList<String> list = new WordList<>();
    for (String line : lines) {
      boolean exact = line.startsWith("=");
      String phrase = exact ? line.substring(1) : line;
      list.add(phrase, exact, phrase);
    }
    return list;
  }

  /**
   * Adds an entry of at most six words; {@code written} is lower case, with its diacritics if any.
   */
  void add(String written, boolean exact, V value) {
    String[] accented = written.strip().split("\\s+");
    String[] folded = new String[accented.length];
    boolean[] marked = new boolean[accented.length];
    for (int i = 0; i < accented.length; i++) {
      folded[i] = Normaliser.fold(accented[i]);
      marked[i] = !folded[i].equals(accented[i]);
    }
    if (accented.length > LONGEST) {
      throw new IllegalArgumentException("more than " + LONGEST + " words: " + written);
    }
    Entry<V> entry = new Entry<>(accented, marked, exact, value);
    add(forward, folded, entry);
    add(backward, reversed(folded), entry);
  }

  private static <V> void add(TokenTrie<List<Entry<V>>> trie, String[] key, Entry<V> entry) {
    List<Entry<V>> entries = trie.get(key);
    if (entries == null) {
      entries = new ArrayList<>(1);
      trie.put(key, entries);
    }
    entries.add(entry);
  }

  /** The longest entry that starts at {@code at}, or null. */
  Match<V> at(String[] folded, String[] accented, int at) {
    Match<V> found = null;
    TokenTrie.Node<List<Entry<V>>> node = forward.root();
    for (int i = at; i < folded.length && (node = node.next(folded[i])) != null; i++) {
      V value = node.value() == null ? null : accepted(node.value(), folded, accented, at);
      if (value != null) {
        found = new Match<>(value, at, i + 1);
      }
    }
    return found;
  }

  /** The longest entry that ends at {@code last} (inclusive), or null. */
  Match<V> endingAt(String[] folded, String[] accented, int last) {
    Match<V> found = null;
    TokenTrie.Node<List<Entry<V>>> node = backward.root();
    for (int i = last; i >= 0 && i > last - LONGEST && (node = node.next(folded[i])) != null; i--) {
      V value = node.value() == null ? null : accepted(node.value(), folded, accented, i);
      if (value != null) {
        found = new Match<>(value, i, last + 1);
      }
    }
    return found;
  }

  /** Whether an entry starts at {@code at}. */
  boolean startsAt(String[] folded, String[] accented, int at) {
    return at >= 0 && at < folded.length && at(folded, accented, at) != null;
  }

  /** Whether an entry ends at {@code last} (inclusive). */
  boolean endsAt(String[] folded, String[] accented, int last) {
    return last >= 0 && last < folded.length && endingAt(folded, accented, last) != null;
  }

  private static <V> V accepted(
      List<Entry<V>> entries, String[] folded, String[] accented, int start) {
    for (Entry<V> entry : entries) {
      if (fits(entry, folded, accented, start)) {
        return entry.value();
      }
    }
    return null;
  }

  private static boolean fits(Entry<?> entry, String[] folded, String[] accented, int start) {
    for (int k = 0; k < entry.accented().length; k++) {
      boolean typedPlain = accented[start + k].equals(folded[start + k]);
      boolean fits =
          !entry.marked()[k]
              || (typedPlain ? !entry.exact() : entry.accented()[k].equals(accented[start + k]));
      if (!fits) {
        return false;
      }
    }
    return true;
  }

  private static String[] reversed(String[] tokens) {
    String[] reversed = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      reversed[i] = tokens[tokens.length - 1 - i];
    }
    return reversed;
  }
}
