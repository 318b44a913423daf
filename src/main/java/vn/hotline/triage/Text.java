package vn.hotline.triage;

import java.util.Arrays;

/**
 * A report as the triage reads it, in two aligned views. The words view has abbreviations expanded
 * ("ko" becomes "khong"): the classifier and the urgency detector read it. The tokens view keeps
 * the tokens as typed: the place finder reads it, since "Hồng" typed without diacritics is a name,
 * not "không". Each view holds a folded form (no diacritics, đ as d, lower case, repeated letters
 * squeezed) and, beside it, the same lower-case form with its diacritics, since accents tell "chợ"
 * from "cho".
 */
final class Text {
  final String[] words;
  final String[] accentedWords;

  /** Whether a clause break (. , ; ! ? a line end) stands before each word. */
  final boolean[] breakBefore;

  final String[] tokens;
  final String[] accentedTokens;

  /** Whether a clause break stands before each token. */
  final boolean[] tokenBreakBefore;

  /** Whether the writer used diacritics anywhere: only then does an accent tell words apart. */
  final boolean marked;

  /** Whether the text contains a question mark. */
  final boolean question;

  Text(
      String[] words,
      String[] accentedWords,
      boolean[] breakBefore,
      String[] tokens,
      String[] accentedTokens,
      boolean[] tokenBreakBefore,
      boolean marked,
      boolean question) {
    this.words = words;
    this.accentedWords = accentedWords;
    this.breakBefore = breakBefore;
    this.tokens = tokens;
    this.accentedTokens = accentedTokens;
    this.tokenBreakBefore = tokenBreakBefore;
    this.marked = marked;
    this.question = question;
  }

  int size() {
    return words.length;
  }

  /** The words {@code from} to {@code to} (exclusive) as the citizen wrote them, for evidence. */
  String accentedSpan(int from, int to) {
    return String.join(" ", Arrays.copyOfRange(accentedWords, from, to));
  }
}
