package vn.hotline.triage;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a report as typed into a {@link Text}: Unicode composed, lower case, diacritics folded, đ
 * as d, emoji and punctuation dropped (a clause break and a question mark are remembered), repeated
 * letters squeezed ("quáaaa" is "quá"), and chat abbreviations expanded ("ko dc" is "không được").
 * One pass over the characters with a precomputed folding table; no regular expressions.
 */
final class Normaliser {
  private static final int TABLE_SIZE = 0x2000;
  private static final char[] FOLDED = foldingTable();
  private static final String ABBREVIATIONS = "abbreviations.tsv";
  private static final Set<String> AMOUNTS = Set.of("k", "kg");

  private final Map<String, Expansion> abbreviations;

  private record Expansion(String[] folded, String[] accented) {}

  private Normaliser(Map<String, Expansion> abbreviations) {
    this.abbreviations = abbreviations;
  }

  /** The normaliser with the chat abbreviations shipped in the jar. */
  static Normaliser standard() {
    Map<String, Expansion> abbreviations = new HashMap<>();
    for (String[] row : LanguageData.rows(ABBREVIATIONS)) {
      String[] accented = row[1].split(" ");
      String[] folded = new String[accented.length];
      for (int i = 0; i < accented.length; i++) {
        folded[i] = fold(accented[i]);
      }
      abbreviations.put(row[0], new Expansion(folded, accented));
    }
    return new Normaliser(abbreviations);
  }

  /** The text without diacritics, đ as d, lower case; punctuation kept. */
  static String withoutMarks(String text) {
    return fold(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
  }

  Text normalise(String input) {
    String text = input == null ? "" : composed(input);
    Tokens tokens = new Tokens();
    StringBuilder word = new StringBuilder(24);
    boolean pendingBreak = false;
    boolean question = false;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else if (insideNumber(text, i, word)) {
        word.append(c);
      } else if (!insideWord(text, i, word)) {
        pendingBreak = tokens.add(word, pendingBreak);
        pendingBreak |= isBreak(c);
        question |= c == '?';
      }
    }
    tokens.add(word, pendingBreak);
    return tokens.text(question);
  }

  /** A point or comma inside a number: 38.5 and 0912.345.678 stay one token. */
  private static boolean insideNumber(String text, int at, StringBuilder word) {
    char c = text.charAt(at);
    return (c == '.' || c == ',')
        && !word.isEmpty()
        && Character.isDigit(word.charAt(word.length() - 1))
        && at + 1 < text.length()
        && Character.isDigit(text.charAt(at + 1));
  }

  /** An apostrophe inside a word, dropped so that "can't" reads as "cant". */
  private static boolean insideWord(String text, int at, StringBuilder word) {
    char c = text.charAt(at);
    return (c == '\'' || c == '’')
        && !word.isEmpty()
        && Character.isLetter(word.charAt(word.length() - 1))
        && at + 1 < text.length()
        && Character.isLetter(text.charAt(at + 1));
  }

  private static boolean isBreak(char c) {
    return switch (c) {
      case '.', ',', ';', ':', '!', '?', '\n', '\r', '(', ')', '…', '–', '—' -> true;
      default -> false;
    };
  }

  private static String composed(String input) {
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c >= 0x300 && c <= 0x36f) {
        return Normalizer.normalize(input, Normalizer.Form.NFC);
      }
    }
    return input;
  }

  /** Folds lower-case text character by character through the table. */
  static String fold(String lower) {
    char[] chars = lower.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] < TABLE_SIZE) {
        chars[i] = FOLDED[chars[i]];
      }
    }
    return new String(chars);
  }

  private static char[] foldingTable() {
    char[] table = new char[TABLE_SIZE];
    for (char c = 0; c < TABLE_SIZE; c++) {
      char lower = Character.toLowerCase(c);
      String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
      table[c] = lower == 'đ' ? 'd' : decomposed.charAt(0);
    }
    return table;
  }

  /** Collects the two views of a text while it is scanned. */
  private final class Tokens {
    private final List<String> words = new ArrayList<>();
    private final List<String> accentedWords = new ArrayList<>();
    private final List<Boolean> breaks = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();
    private final List<String> accentedTokens = new ArrayList<>();
    private final List<Boolean> tokenBreaks = new ArrayList<>();
    private boolean marked;

    /**
     * Adds the word being built, if any, and empties the builder; returns whether a break is still
     * pending.
     */
    boolean add(StringBuilder word, boolean breakBefore) {
      if (word.isEmpty()) {
        return breakBefore;
      }
      String accented = squeezed(word);
      word.setLength(0);
      String folded = fold(accented);
      marked |= !folded.equals(accented);
      tokens.add(folded);
      accentedTokens.add(accented);
      tokenBreaks.add(breakBefore);
      Expansion expansion = expansion(accented);
      if (expansion == null) {
        addWord(folded, accented, breakBefore);
      } else {
        for (int i = 0; i < expansion.folded.length; i++) {
          addWord(expansion.folded[i], expansion.accented[i], breakBefore && i == 0);
        }
      }
      return false;
    }

    private Expansion expansion(String accented) {
      Expansion expansion = abbreviations.get(accented);
      boolean afterNumber =
          !words.isEmpty() && Character.isDigit(words.get(words.size() - 1).charAt(0));
      // "50 k" and "10 kg gạo" are amounts, not "không".
      return afterNumber && AMOUNTS.contains(accented) ? null : expansion;
    }

    private void addWord(String folded, String accented, boolean breakBefore) {
      words.add(folded);
      accentedWords.add(accented);
      breaks.add(breakBefore);
    }

    Text text(boolean question) {
      return new Text(
          words.toArray(String[]::new),
          accentedWords.toArray(String[]::new),
          flags(breaks),
          tokens.toArray(String[]::new),
          accentedTokens.toArray(String[]::new),
          flags(tokenBreaks),
          marked,
          question);
    }

    private static boolean[] flags(List<Boolean> list) {
      boolean[] flags = new boolean[list.size()];
      for (int i = 0; i < flags.length; i++) {
        flags[i] = list.get(i);
      }
      return flags;
    }
  }

  /**
   * The word with runs of three or more of the same letter cut to one ("helppp"), and plain vowels
   * dropped after the same vowel with a mark ("quáaaa", "thởooo"). Runs of two stay: "xoong",
   * "need" and "cứu" (cuu once folded) need them, and so does "ưu".
   */
  private static String squeezed(StringBuilder word) {
    StringBuilder out = new StringBuilder(word.length());
    int length = word.length();
    for (int i = 0; i < length; ) {
      char c = word.charAt(i);
      int run = 1;
      while (i + run < length && word.charAt(i + run) == c) {
        run++;
      }
      boolean echo =
          !out.isEmpty() && "aeioy".indexOf(c) >= 0 && echoes(out.charAt(out.length() - 1), c);
      int keep = echo ? 0 : run >= 3 && Character.isLetter(c) ? 1 : run;
      for (int k = 0; k < keep; k++) {
        out.append(c);
      }
      i += run;
    }
    return out.toString();
  }

  /** Whether a plain vowel repeats the marked vowel before it, as in "quáa". */
  private static boolean echoes(char marked, char plain) {
    return marked != plain && marked < TABLE_SIZE && FOLDED[marked] == plain;
  }
}
