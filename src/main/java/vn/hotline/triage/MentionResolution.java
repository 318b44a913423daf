package vn.hotline.triage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/**
 * Decides where a report is about from the names found in it: which units the mentions agree on,
 * and whether a village named with its commune narrows the answer to that village.
 */
final class MentionResolution {
  private final UnitTree tree;

  MentionResolution(UnitTree tree) {
    this.tree = tree;
  }

  /**
   * The units the mentions agree on: a unit named beside a shared name narrows it to the units
   * inside it ("Tân Thành, Bù Đốp"), and then only gave context; places someone came from count
   * only when no other place is named; the most specific mentions win, and several of them leave a
   * choice.
   */
  List<Unit> resolve(List<Mention> mentions) {
    List<List<Unit>> narrowed = new ArrayList<>();
    for (Mention mention : mentions) {
      List<Unit> inside =
          mention.candidates().stream().filter(u -> namedAround(u, mentions, mention)).toList();
      narrowed.add(inside.isEmpty() ? mention.candidates() : inside);
    }
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      if (!onlyContext(narrowed.get(i), narrowed)) {
        kept.add(i);
      }
    }
    if (kept.stream().anyMatch(i -> !mentions.get(i).origin())) {
      kept.removeIf(i -> mentions.get(i).origin());
    }
    int deepest = kept.stream().mapToInt(i -> deepest(narrowed.get(i))).max().orElse(-1);
    Set<Unit> fitting = new LinkedHashSet<>();
    kept.stream()
        .filter(i -> deepest(narrowed.get(i)) == deepest)
        .forEach(i -> fitting.addAll(narrowed.get(i)));
    return List.copyOf(fitting);
  }

  private boolean namedAround(Unit unit, List<Mention> mentions, Mention own) {
    return mentions.stream()
        .filter(m -> m != own)
        .flatMap(m -> m.candidates().stream())
        .anyMatch(around -> around != unit && tree.isWithin(unit, around));
  }

  /** Whether every unit of a mention only contains units of another mention. */
  private boolean onlyContext(List<Unit> units, List<List<Unit>> all) {
    return units.stream()
        .allMatch(
            u ->
                all.stream()
                    .filter(other -> other != units)
                    .flatMap(List::stream)
                    .anyMatch(inner -> inner != u && tree.isWithin(inner, u)));
  }

  private static int deepest(List<Unit> units) {
    return units.stream().mapToInt(u -> u.level().ordinal()).max().orElse(-1);
  }

  /** The village named with its commune, when exactly one of the fitting communes has it. */
  List<Unit> withVillage(List<Unit> fitting, List<String> villages) {
    if (villages.isEmpty() || fitting.isEmpty()) {
      return fitting;
    }
    List<Unit> named =
        fitting.stream()
            .flatMap(commune -> tree.children(commune.code()).stream())
            .filter(child -> child.level() == UnitLevel.VILLAGE)
            .filter(
                village ->
                    villages.contains(
                        PlaceFinder.villageKey(
                            Normaliser.fold(village.name().toLowerCase(Locale.ROOT)))))
            .toList();
    return named.size() == 1 ? named : fitting;
  }
}
