package vn.hotline.triage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/**
 * Finds the unit a report is about from the names in its text, for any unit tree: names match with
 * or without diacritics and with or without their type word ("xã", "p.", "tt", "huyện", "TP"). A
 * name shared by several units is ambiguous unless another name (its district) or its type word
 * settles it. A name right after a street, person or business word is not a place, nor is a name
 * that is an everyday word unless its type word is written. A village ("ấp 3", "thôn 2") counts
 * with its commune.
 */
final class PlaceFinder {
  /** How many words a business's name may have before a place name inside it. */
  private static final int BUSINESS_NAME_WORDS = 4;

  /** How many place names of a text are read. */
  static final int MAX_MENTIONS = 16;

  private final UnitTree tree;
  private final PlaceWords words;
  private final TokenTrie<List<Unit>> unitNames = new TokenTrie<>();
  private final TokenTrie<String> villageNames = new TokenTrie<>();
  private final Map<String, Set<UnitLevel>> levelsOfKind = new HashMap<>();
  private final Set<String> commonNames;
  private final MentionResolution resolution;

  /**
   * {@code everydayNames} are folded names that count only with a type word, besides the common
   * names of the language data (see {@link EverydayNames}).
   */
  PlaceFinder(UnitTree tree, PlaceWords words, Set<String> everydayNames) {
    this.tree = tree;
    this.words = words;
    this.resolution = new MentionResolution(tree);
    this.commonNames = new LinkedHashSet<>(words.commonNames);
    this.commonNames.addAll(everydayNames);
    for (Unit unit : tree.all()) {
      String[] name = Normaliser.fold(unit.name().toLowerCase(Locale.ROOT)).split(" ");
      levelsOfKind
          .computeIfAbsent(
              Normaliser.fold(unit.kind().toLowerCase(Locale.ROOT)), k -> new LinkedHashSet<>())
          .add(unit.level());
      if (unit.level() == UnitLevel.VILLAGE) {
        villageNames.put(name, villageKey(String.join(" ", name)));
      } else if (unit != tree.root()) {
        List<Unit> named = unitNames.get(name);
        if (named == null) {
          named = new ArrayList<>(1);
          unitNames.put(name, named);
        }
        named.add(unit);
      }
    }
  }

  PlaceResult find(Text text) {
    Names names = names(text);
    return PlaceResult.of(
        resolution.withVillage(resolution.resolve(names.mentions()), names.villages()));
  }

  /** The place names of a text, each once, as read before they are resolved. */
  record Names(List<Mention> mentions, List<String> villages) {}

  /**
   * The first {@link #MAX_MENTIONS} different names of units and villages in the text, each once.
   * Resolving compares every mention with every other: a text that repeated names ten thousand
   * times held its inbox lane for minutes. Said twice, a name means what it means once; and a
   * report names its place in a few words.
   */
  Names names(Text text) {
    String[] tokens = text.tokens;
    Set<Mention> mentions = new LinkedHashSet<>();
    Set<String> villages = new LinkedHashSet<>();
    for (int i = 0; i < tokens.length && mentions.size() + villages.size() < MAX_MENTIONS; i++) {
      int villageEnd = village(text, i, villages);
      if (villageEnd > i) {
        i = villageEnd - 1;
        continue;
      }
      TokenTrie.Match<List<Unit>> name = unitNames.longest(tokens, i, tokens.length);
      if (name != null) {
        Mention mention = mention(text, i, name);
        if (mention != null) {
          mentions.add(mention);
        }
        i = name.end() - 1;
      }
    }
    return new Names(List.copyOf(mentions), List.copyOf(villages));
  }

  /**
   * A shared location's district narrows what the text says, or gives its communes when the text
   * names none.
   */
  PlaceResult near(PlaceResult fromText, Unit area) {
    return switch (fromText) {
      case PlaceResult.Found found -> found;
      case PlaceResult.Ambiguous ambiguous -> {
        List<Unit> inside = ambiguous.units().stream().filter(u -> tree.isWithin(u, area)).toList();
        yield inside.isEmpty() ? ambiguous : PlaceResult.of(inside);
      }
      case PlaceResult.None none -> {
        List<Unit> communes = tree.below(area, UnitLevel.COMMUNE);
        yield communes.isEmpty()
            ? new PlaceResult.Found(area)
            : new PlaceResult.Ambiguous(communes);
      }
    };
  }

  /**
   * Reads "ấp 3", "thôn số 2", "tổ 7" at {@code at} into {@code villages}; returns its end, or -1.
   */
  private int village(Text text, int at, Set<String> villages) {
    WordList.Match<String> word = words.villageWords.at(text.tokens, text.accentedTokens, at);
    if (word == null || word.end() >= text.tokens.length) {
      return -1;
    }
    int nameAt = text.tokens[word.end()].equals("so") ? word.end() + 1 : word.end();
    if (nameAt < text.tokens.length && Character.isDigit(text.tokens[nameAt].charAt(0))) {
      villages.add(villageKey(text.tokens[nameAt]));
      return nameAt + 1;
    }
    TokenTrie.Match<String> named = villageNames.longest(text.tokens, nameAt, text.tokens.length);
    if (named == null) {
      return -1;
    }
    villages.add(named.value());
    return named.end();
  }

  private Mention mention(Text text, int start, TokenTrie.Match<List<Unit>> name) {
    String[] tokens = text.tokens;
    String[] accented = text.accentedTokens;
    WordList.Match<String> kind = words.typeWords.endingAt(tokens, accented, start - 1);
    WordList.Match<String> english = words.englishTypeWords.at(tokens, accented, name.end());
    boolean origin =
        words.originWords.endsAt(tokens, accented, (kind == null ? start : kind.start()) - 1);
    if (kind != null) {
      return new Mention(ofKind(name.value(), kind.value()), origin);
    }
    if (english != null) {
      return new Mention(ofKind(name.value(), english.value()), origin);
    }
    return bareNameCounts(text, start, name.end())
        ? new Mention(outermost(name.value()), origin)
        : null;
  }

  /**
   * A name without its type word counts when it has two words or more, is not an everyday word, and
   * does not follow (or start with) a street, person or business word: "đường Lộc Ninh" is a
   * street.
   */
  private boolean bareNameCounts(Text text, int start, int end) {
    String folded = String.join(" ", Arrays.copyOfRange(text.tokens, start, end));
    return end - start >= 2
        && !commonNames.contains(folded)
        && !words.notPlaceWords.startsAt(text.tokens, text.accentedTokens, start)
        && !words.notPlaceWords.endsAt(text.tokens, text.accentedTokens, start - 1)
        && !namesBusiness(text, start);
  }

  /** Whether a business word stands a few words before, with no "ở" or break between. */
  private boolean namesBusiness(Text text, int start) {
    for (int last = start - 1; last >= 0 && last >= start - BUSINESS_NAME_WORDS; last--) {
      if (words.locativeWords.endsAt(text.tokens, text.accentedTokens, last)) {
        return false;
      }
      if (words.businessWords.endsAt(text.tokens, text.accentedTokens, last)) {
        return true;
      }
      if (text.tokenBreakBefore[last]) {
        return false;
      }
    }
    return false;
  }

  /** The candidates of the written type word; failing that, of its level; failing that, all. */
  private List<Unit> ofKind(List<Unit> candidates, String kind) {
    List<Unit> ofKind =
        candidates.stream()
            .filter(u -> Normaliser.fold(u.kind().toLowerCase(Locale.ROOT)).equals(kind))
            .toList();
    if (!ofKind.isEmpty()) {
      return ofKind;
    }
    Set<UnitLevel> levels = levelsOfKind.getOrDefault(kind, Set.of());
    List<Unit> ofLevel = candidates.stream().filter(u -> levels.contains(u.level())).toList();
    return ofLevel.isEmpty() ? candidates : ofLevel;
  }

  /** A bare name of a district and of a commune inside it means the district: "Lộc Ninh". */
  private List<Unit> outermost(List<Unit> candidates) {
    return candidates.stream()
        .filter(u -> candidates.stream().noneMatch(v -> v != u && tree.isWithin(u, v)))
        .toList();
  }

  /** Village numbers compare without leading zeros: "ấp 03" is "Ấp 3". */
  static String villageKey(String name) {
    int first = 0;
    while (first < name.length() - 1 && name.charAt(first) == '0') {
      first++;
    }
    return name.substring(first);
  }
}
