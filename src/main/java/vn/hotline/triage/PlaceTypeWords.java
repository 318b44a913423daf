package vn.hotline.triage;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.hotline.unit.NameKey;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/**
 * The words that say what kind of place a name is, for the rest of the service: the type words of
 * the tree's units with their short forms, the words before a village, and the words that say where
 * something is. They come from the same list triage reads ({@code place-words.txt}), so the desk
 * and triage never disagree on what a type word is. All words are folded.
 */
public final class PlaceTypeWords {
  // Longest first, so that "thi tran" is taken before "tt" or "thi" could be.
  private final List<String> beforeNames;
  private final Set<String> syllables = new HashSet<>();

  public PlaceTypeWords(UnitTree tree) {
    Map<String, List<String>> lists = LanguageData.sections("place-words.txt");
    Set<String> kinds = new HashSet<>();
    Set<String> before = new LinkedHashSet<>();
    for (Unit unit : tree.all()) {
      String kind = unit.kind().toLowerCase(Locale.ROOT);
      kinds.add(kind);
      if (unit.level() != UnitLevel.VILLAGE && unit != tree.root()) {
        before.add(NameKey.fold(kind));
      }
    }
    for (String line : lists.get("short-type-words")) {
      String[] shortAndFull = line.split("\t");
      if (kinds.contains(shortAndFull[1])) {
        before.add(NameKey.fold(shortAndFull[0]));
      }
    }
    beforeNames =
        before.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    kinds.forEach(this::addSyllables);
    before.forEach(this::addSyllables);
    lists.get("village-words").forEach(this::addSyllables);
    lists.get("locative-words").forEach(this::addSyllables);
  }

  private void addSyllables(String words) {
    syllables.addAll(List.of(NameKey.fold(words).split(" ")));
  }

  /**
   * The folded name without the type word it starts with: "xã Tân Thành", "x. tân thành" and "tan
   * thanh" all give "tan thanh".
   */
  public String withoutTypeWord(String typed) {
    String folded = NameKey.fold(typed);
    for (String word : beforeNames) {
      if (folded.startsWith(word + " ")) {
        return folded.substring(word.length()).strip();
      }
    }
    return folded;
  }

  /**
   * Every syllable of the type, village and locative words ("xa", "thi", "tran", "ap", "o", ...):
   * the words every report of a place shares whatever it is about.
   */
  public Set<String> syllables() {
    return Set.copyOf(syllables);
  }
}
