package vn.hotline.triage;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/**
 * The words around place names for one unit tree: the type words of its units (with their short
 * forms such as "tt" and "p", where the tree has such units), English type words, the words before
 * a village's number, and the words that make a name a street, a person or a business.
 */
final class PlaceWords {
  /**
   * Type words before a name; each stands for the folded type word of the tree ("tt" for "thi
   * tran").
   */
  final WordList<String> typeWords = new WordList<>();

  /**
   * English type words after a name; each stands for the folded Vietnamese type word it translates.
   */
  final WordList<String> englishTypeWords = new WordList<>();

  final WordList<String> villageWords = new WordList<>();

  /** Street, person and business words: a name right after one is not a place. */
  final WordList<String> notPlaceWords = new WordList<>();

  /**
   * Business words: a name a few words after one is the business's name ("công ty cao su Phú
   * Riềng").
   */
  final WordList<String> businessWords;

  /** Words that say where something is ("ở", "tại"): after one, a name is a place again. */
  final WordList<String> locativeWords;

  final WordList<String> originWords;

  /** Folded names that count as places only with a type word. */
  final Set<String> commonNames = new HashSet<>();

  PlaceWords(UnitTree tree) {
    Map<String, List<String>> lists = LanguageData.sections("place-words.txt");
    Set<String> kinds = new HashSet<>();
    for (Unit unit : tree.all()) {
      String kind = unit.kind().toLowerCase(Locale.ROOT);
      if (unit.level() == UnitLevel.VILLAGE) {
        villageWords.add(kind, false, Normaliser.fold(kind));
      } else if (unit != tree.root() && kinds.add(kind)) {
        typeWords.add(kind, false, Normaliser.fold(kind));
      }
    }
    for (String line : lists.get("village-words")) {
      villageWords.add(line, false, Normaliser.fold(line));
    }
    for (String line : lists.get("short-type-words")) {
      String[] shortAndFull = line.split("\t");
      if (kinds.contains(shortAndFull[1])) {
        typeWords.add(shortAndFull[0], false, Normaliser.fold(shortAndFull[1]));
      } else if (lists.get("village-words").contains(shortAndFull[1])) {
        villageWords.add(shortAndFull[0], false, Normaliser.fold(shortAndFull[1]));
      }
    }
    for (String line : lists.get("english-type-words")) {
      String[] wordAndKind = line.split("\t");
      englishTypeWords.add(wordAndKind[0], false, Normaliser.fold(wordAndKind[1]));
    }
    for (String list : List.of("street-words", "person-words", "business-words")) {
      lists.get(list).forEach(word -> notPlaceWords.add(word, false, list));
    }
    businessWords = WordList.of(lists.get("business-words"));
    locativeWords = WordList.of(lists.get("locative-words"));
    originWords = WordList.of(lists.get("origin-words"));
    lists.get("common-names").forEach(name -> commonNames.add(Normaliser.fold(name)));
  }
}
