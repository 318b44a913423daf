package vn.hotline.triage;

/**
 * Reads an oxygen saturation in a report: "SpO2 90", "SpO2: 88%", "đo oxy 91", "spo2 dưới 95",
 * "SpO2 tụt", "low oxygen". A reading below 94 is a danger to life; "spo2 98" is not. After the
 * first number, only further numbers of the same clause count: in "spo2 98, xin thuốc hạ sốt"
 * nothing is falling.
 */
final class OxygenReading {
  /** Below this saturation the report is urgent. */
  private static final int DANGER_BELOW = 94;

  /** With "dưới" (below) before it, a ceiling this high still says the reading is low. */
  private static final int DANGER_CEILING = 95;

  /** Numbers under this are not saturations (an age, a date, a temperature). */
  private static final int PLAUSIBLE_FROM = 50;

  private static final int REACH = 6;

  private final WordList<String> announcers;
  private final WordList<String> falling;
  private final WordList<String> otherMeasures;
  private final WordList<String> below;
  private final WordList<String> quantities;

  OxygenReading(
      WordList<String> announcers,
      WordList<String> falling,
      WordList<String> otherMeasures,
      WordList<String> below,
      WordList<String> quantities) {
    this.announcers = announcers;
    this.falling = falling;
    this.otherMeasures = otherMeasures;
    this.below = below;
    this.quantities = quantities;
  }

  /**
   * If a low reading is announced at {@code at}, the end (exclusive) of its words; otherwise -1.
   */
  int lowReadingEnd(Text text, int at) {
    String[] words = text.words;
    String[] accented = text.accentedWords;
    WordList.Match<String> announced = announcers.at(words, accented, at);
    if (announced == null) {
      return -1;
    }
    if (falling.endsAt(words, accented, at - 1)) {
      return announced.end();
    }
    boolean numberRead = false;
    for (int i = announced.end(); i < words.length && i < announced.end() + REACH; i++) {
      if (otherMeasures.startsAt(words, accented, i) || numberRead && text.breakBefore[i]) {
        return -1;
      }
      if (!numberRead && falling.startsAt(words, accented, i)) {
        return i + 1;
      }
      int value = leadingNumber(words[i]);
      numberRead |= value >= 0;
      boolean ceiling = below.endsAt(words, accented, i - 1);
      boolean quantity = quantities.startsAt(words, accented, i + 1);
      if (value >= PLAUSIBLE_FROM
          && !quantity
          && (value < DANGER_BELOW || ceiling && value <= DANGER_CEILING)) {
        return i + 1;
      }
    }
    return -1;
  }

  /** The whole number a word starts with ("88" of "88%", "90" of "90.5"), or -1. */
  private static int leadingNumber(String word) {
    int value = -1;
    for (int i = 0; i < word.length() && i < 4 && Character.isDigit(word.charAt(i)); i++) {
      value = (value < 0 ? 0 : value * 10) + (word.charAt(i) - '0');
    }
    return value;
  }
}
