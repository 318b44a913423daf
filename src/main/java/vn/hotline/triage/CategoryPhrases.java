package vn.hotline.triage;

import java.util.ArrayList;
import java.util.List;
import vn.hotline.category.Category;

/**
 * The weighted phrases of {@code categories.yml}, found in a text. A phrase of several words is
 * matched on folded words, so "chợ tự phát" is found in "cho tu phat". A one-word phrase written
 * with diacritics is matched as written in a text that has diacritics, and folded only in a text
 * that has none: in "cho tôi hỏi" the word "cho" is not "chợ".
 */
final class CategoryPhrases {
  private final TokenTrie<List<Phrase>> folded = new TokenTrie<>();
  private final TokenTrie<List<Phrase>> accented = new TokenTrie<>();
  private final TokenTrie<List<Phrase>> foldedForPlainText = new TokenTrie<>();

  /**
   * A phrase of one category: its index in the category list, its weight, and how it is written.
   */
  record Phrase(int category, double weight, String written) {}

  /** Receives each phrase found, with the words it covers. */
  interface Hit {
    void hit(Phrase phrase, int start, int end);
  }

  CategoryPhrases(List<Category> categories, Normaliser normaliser) {
    for (int c = 0; c < categories.size(); c++) {
      for (Category.WeightedPhrase weighted : categories.get(c).phrases()) {
        Text phrase = normaliser.normalise(weighted.phrase());
        Phrase value = new Phrase(c, weighted.weight(), weighted.phrase());
        if (phrase.size() > 1 || phrase.size() == 1 && !phrase.marked) {
          add(folded, phrase.words, value);
        } else if (phrase.size() == 1) {
          add(accented, phrase.accentedWords, value);
          add(foldedForPlainText, phrase.words, value);
        }
      }
    }
  }

  private static void add(TokenTrie<List<Phrase>> trie, String[] tokens, Phrase phrase) {
    List<Phrase> phrases = trie.get(tokens);
    if (phrases == null) {
      phrases = new ArrayList<>(1);
      trie.put(tokens, phrases);
    }
    phrases.add(phrase);
  }

  /** Reports every phrase found in the first {@code limit} words of the text. */
  void find(Text text, int limit, Hit hit) {
    int end = Math.min(limit, text.size());
    TokenTrie<List<Phrase>> oneWord = text.marked ? accented : foldedForPlainText;
    String[] oneWordForms = text.marked ? text.accentedWords : text.words;
    for (int i = 0; i < end; i++) {
      int start = i;
      TokenTrie.Visitor<List<Phrase>> report =
          (phrases, stop) -> phrases.forEach(p -> hit.hit(p, start, stop));
      folded.matches(text.words, i, end, report);
      oneWord.matches(oneWordForms, i, i + 1, report);
    }
  }
}
