package vn.hotline.report;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * The units numbered in depth-first order, so that a unit and everything below it are one range of
 * numbers: "is this ticket's unit within the district" is two comparisons.
 */
final class UnitIndex {
  /** How unit rows are ordered: by name as Vietnamese readers sort it, then by code. */
  static final Comparator<Unit> BY_NAME =
      Comparator.comparing(Unit::name, Collator.getInstance(Locale.forLanguageTag("vi")))
          .thenComparing(unit -> unit.code().value());

  private final UnitTree tree;
  private final List<Unit> units = new ArrayList<>();
  private final Map<UnitCode, Integer> byCode = new HashMap<>();
  private final int[] end;

  UnitIndex(UnitTree tree) {
    this.tree = tree;
    this.end = new int[tree.all().size()];
    number(tree.root());
  }

  private void number(Unit unit) {
    int index = units.size();
    units.add(unit);
    byCode.put(unit.code(), index);
    for (Unit child : tree.children(unit.code())) {
      number(child);
    }
    end[index] = units.size();
  }

  /** The unit's number, or {@link TicketFacts#NONE} for a code the tree does not have. */
  int indexOf(UnitCode code) {
    Integer index = code == null ? null : byCode.get(code);
    return index == null ? TicketFacts.NONE : index;
  }

  Unit unit(int index) {
    return units.get(index);
  }

  /** One past the last number of the unit's subtree; the subtree starts at the unit itself. */
  int end(int index) {
    return end[index];
  }

  int size() {
    return units.size();
  }

  /** The children of the unit, by name. */
  List<Unit> childrenByName(Unit unit) {
    List<Unit> children = new ArrayList<>(tree.children(unit.code()));
    children.sort(BY_NAME);
    return children;
  }

  /**
   * Which row of a by-unit answer each unit's tickets go to: the children's subtrees numbered
   * {@code 1..n} in {@code children} order, the unit's own queue {@code 0}, units outside {@code
   * -1}.
   */
  int[] rowsBelow(int index, List<Unit> children) {
    int[] rows = new int[units.size()];
    Arrays.fill(rows, -1);
    rows[index] = 0;
    for (int row = 0; row < children.size(); row++) {
      int child = indexOf(children.get(row).code());
      Arrays.fill(rows, child, end[child], row + 1);
    }
    return rows;
  }
}
