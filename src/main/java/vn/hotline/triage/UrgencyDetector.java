package vn.hotline.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds signs of danger to life in a report (breathing difficulty, low SpO2, blue lips, loss of
 * consciousness, convulsions, labour, heavy bleeding), in Vietnamese with or without diacritics and
 * in English. A sign negated right before it ("không khó thở", "hết khó thở", "no shortness of
 * breath") or asked about ("nếu khó thở thì gọi ai?") does not count. It reads every word of the
 * text, however long: an emergency at the end of a long message is still an emergency.
 */
final class UrgencyDetector {
  private static final int FILLERS_ALLOWED = 3;
  private static final int HYPOTHETICAL_REACH = 8;
  private static final int LOOK_ALIKE_LEAD = 2;

  private final WordList<String> signs;
  private final WordList<String> weakSigns;
  private final WordList<String> questionEndings;
  private final WordList<String> negators;
  private final WordList<String> fillers;
  private final WordList<String> breaks;
  private final WordList<String> hypothetical;
  private final WordList<String> lookAlikes;
  private final OxygenReading oxygen;

  private UrgencyDetector(Map<String, List<String>> lists) {
    signs = WordList.of(lists.get("signs"));
    weakSigns = WordList.of(lists.get("weak-signs"));
    questionEndings = WordList.of(lists.get("question-endings"));
    negators = WordList.of(lists.get("negators"));
    fillers = WordList.of(lists.get("fillers"));
    breaks = WordList.of(lists.get("breaks"));
    hypothetical = WordList.of(lists.get("hypothetical"));
    lookAlikes = WordList.of(lists.get("look-alikes"));
    oxygen =
        new OxygenReading(
            WordList.of(lists.get("oxygen")),
            WordList.of(lists.get("falling")),
            WordList.of(lists.get("other-measures")),
            WordList.of(lists.get("below")),
            WordList.of(lists.get("quantities")));
  }

  /** The detector with the danger signs shipped in the jar. */
  static UrgencyDetector standard() {
    return new UrgencyDetector(LanguageData.sections("danger-signs.txt"));
  }

  /** The danger signs in the text as written, in order; empty when there is none. */
  List<String> signs(Text text) {
    List<String> found = new ArrayList<>(1);
    WordList<String> weak = asksQuestion(text) ? null : weakSigns;
    for (int i = 0; i < text.size(); i++) {
      WordList.Match<String> sign = signs.at(text.words, text.accentedWords, i);
      if (sign == null && weak != null) {
        sign = weak.at(text.words, text.accentedWords, i);
      }
      boolean counts =
          sign != null && !lookAlike(text, sign) && !negated(text, i) && !hypothetical(text, i);
      int end = counts ? sign.end() : oxygen.lowReadingEnd(text, i);
      if (end > i) {
        found.add(text.accentedSpan(i, end));
        i = end - 1;
      }
    }
    return found;
  }

  /** Whether the text has a question mark, or a clause that ends like a question ("... không"). */
  private boolean asksQuestion(Text text) {
    if (text.question) {
      return true;
    }
    for (int i = 0; i < text.size(); i++) {
      boolean clauseEnds = i + 1 == text.size() || text.breakBefore[i + 1];
      if (clauseEnds && questionEndings.endsAt(text.words, text.accentedWords, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sign is part of a phrase that only looks like one: "ngưng thở oxy", "làm ngất xỉu".
   */
  private boolean lookAlike(Text text, WordList.Match<String> sign) {
    for (int start = Math.max(0, sign.start() - LOOK_ALIKE_LEAD); start <= sign.start(); start++) {
      WordList.Match<String> phrase = lookAlikes.at(text.words, text.accentedWords, start);
      if (phrase != null && phrase.end() >= sign.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a negator stands right before the sign, with at most a few fillers between, in its
   * clause.
   */
  private boolean negated(Text text, int sign) {
    int last = sign - 1;
    for (int skipped = 0;
        last >= 0 && !text.breakBefore[last + 1] && skipped <= FILLERS_ALLOWED;
        skipped++) {
      if (breaks.endsAt(text.words, text.accentedWords, last)) {
        return false;
      }
      if (negators.endsAt(text.words, text.accentedWords, last)) {
        return true;
      }
      WordList.Match<String> filler = fillers.endingAt(text.words, text.accentedWords, last);
      if (filler == null) {
        return false;
      }
      last = filler.start() - 1;
    }
    return false;
  }

  /** Whether "if" or "in case" opens the sign's clause a few words before it. */
  private boolean hypothetical(Text text, int sign) {
    for (int i = sign - 1;
        i >= 0 && i >= sign - HYPOTHETICAL_REACH && !text.breakBefore[i + 1];
        i--) {
      if (hypothetical.startsAt(text.words, text.accentedWords, i)) {
        return true;
      }
    }
    return false;
  }
}
