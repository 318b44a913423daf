package vn.hotline.unit;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text to the form names are compared in: no diacritics, đ as d, lower case,
 * single spaces, letters and digits only. "Xã Đak Ơ" and "xa dak o" fold alike.
 */
public final class NameKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private NameKey() {}

  /** The folded form of {@code text}; empty for null or blank text. */
  public static String fold(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String unmarked = MARKS.matcher(decomposed).replaceAll("");
    String plain = unmarked.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    return NOT_WORD.matcher(plain).replaceAll(" ").strip();
  }
}
