package vn.hotline.unit;

import java.util.Locale;

/**
 * Derives the 2–6 letters that start a unit's ticket codes from its name, so that {@code Phú Nghĩa}
 * gives {@code PN}: the initials people already use when they speak of a commune.
 */
public final class CodePrefix {
  private CodePrefix() {}

  /** Whether {@code prefix} is 2–6 uppercase ASCII letters. */
  public static boolean isValid(String prefix) {
    return prefix != null && prefix.matches("[A-Z]{2,6}");
  }

  /**
   * The initials of the name's words; for a one-word or numbered name, letters of the type word
   * fill in.
   */
  public static String derive(String name, String kind) {
    StringBuilder initials = new StringBuilder();
    for (String word : NameKey.fold(name).split(" ")) {
      if (!word.isEmpty() && Character.isLetter(word.charAt(0)) && initials.length() < 6) {
        initials.append(word.charAt(0));
      }
    }
    if (initials.length() < 2) {
      String letters = (NameKey.fold(kind) + NameKey.fold(name)).replaceAll("[^a-z]", "");
      initials.setLength(0);
      initials.append(letters, 0, Math.min(2, letters.length()));
      while (initials.length() < 2) {
        initials.append('X');
      }
    }
    return initials.toString().toUpperCase(Locale.ROOT);
  }
}
