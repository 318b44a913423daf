package vn.hotline.triage;

/**
 * The features the statistical model reads in a text: folded words, folded word pairs within a
 * clause (Vietnamese words are often two syllables: "cách ly", "khó thở"), words typed with
 * diacritics as typed ("chợ" apart from "cho"), and whether the text asks a question. Only the
 * first {@link #MAX_WORDS} words count: the category of a report shows early, and a
 * 100,000-character text must not cost more.
 */
final class Features {
  static final int MAX_WORDS = 300;
  private static final String QUESTION = "?";

  private Features() {}

  /** Receives each feature with the words it covers. */
  interface Visitor {
    void feature(String name, int start, int end);
  }

  static void extract(Text text, Visitor visitor) {
    int end = Math.min(MAX_WORDS, text.size());
    for (int i = 0; i < end; i++) {
      String word = text.words[i];
      visitor.feature(word, i, i + 1);
      if (!word.equals(text.accentedWords[i])) {
        visitor.feature("'" + text.accentedWords[i], i, i + 1);
      }
      if (i + 1 < end && !text.breakBefore[i + 1]) {
        visitor.feature(word + ' ' + text.words[i + 1], i, i + 2);
      }
    }
    if (text.question) {
      visitor.feature(QUESTION, 0, 0);
    }
  }
}
