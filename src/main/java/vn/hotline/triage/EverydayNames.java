package vn.hotline.triage;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/**
 * Unit names that the corpus shows to be everyday words: Xã Đồng Tiến folds like "đồng tiền"
 * (money), which citizens write all the time. A name counts as everyday when the corpus has it at
 * least {@link #OCCURRENCES} times without a type word, "ở", "tại" or "từ" before it; such a name
 * then counts as a place only with its type word. Derived at start-up, so that another deployment's
 * tree gets its own.
 */
final class EverydayNames {
  static final int OCCURRENCES = 3;

  private EverydayNames() {}

  static Set<String> in(List<Text> corpus, UnitTree tree, PlaceWords words) {
    TokenTrie<String> names = new TokenTrie<>();
    for (Unit unit : tree.all()) {
      String folded = Normaliser.fold(unit.name().toLowerCase(Locale.ROOT));
      if (unit != tree.root() && unit.level() != UnitLevel.VILLAGE && folded.contains(" ")) {
        names.put(folded.split(" "), folded);
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Text text : corpus) {
      for (int i = 0; i < text.tokens.length; i++) {
        TokenTrie.Match<String> name = names.longest(text.tokens, i, text.tokens.length);
        if (name != null && !placeWordBefore(text, i, words)) {
          counts.merge(name.value(), 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .filter(count -> count.getValue() >= OCCURRENCES)
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static boolean placeWordBefore(Text text, int at, PlaceWords words) {
    return words.typeWords.endsAt(text.tokens, text.accentedTokens, at - 1)
        || words.locativeWords.endsAt(text.tokens, text.accentedTokens, at - 1)
        || words.originWords.endsAt(text.tokens, text.accentedTokens, at - 1);
  }
}
