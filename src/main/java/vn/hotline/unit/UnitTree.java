package vn.hotline.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrative units of one deployment as an immutable tree of any depth. Built once from
 * validated configuration; every lookup is a map read.
 */
public final class UnitTree {
  private final Map<UnitCode, Unit> byCode;
  private final Map<UnitCode, List<Unit>> childrenByCode;
  private final Map<String, List<Unit>> byFoldedName;
  private final Unit root;

  private UnitTree(Map<UnitCode, Unit> byCode) {
    this.byCode = Collections.unmodifiableMap(byCode);
    Map<UnitCode, List<Unit>> children = new LinkedHashMap<>();
    Map<String, List<Unit>> names = new LinkedHashMap<>();
    Unit top = null;
    for (Unit unit : byCode.values()) {
      children.putIfAbsent(unit.code(), new ArrayList<>());
      if (unit.parentCode() == null) {
        top = unit;
      } else {
        children.computeIfAbsent(unit.parentCode(), k -> new ArrayList<>()).add(unit);
      }
      names.computeIfAbsent(NameKey.fold(unit.name()), k -> new ArrayList<>()).add(unit);
    }
    children.replaceAll((k, v) -> List.copyOf(v));
    names.replaceAll((k, v) -> List.copyOf(v));
    this.childrenByCode = Collections.unmodifiableMap(children);
    this.byFoldedName = Collections.unmodifiableMap(names);
    this.root = top;
  }

  /**
   * Builds a tree from units in any order, or refuses with the first problem found: a duplicate
   * code, an unknown parent, a level that does not fit below its parent, no root or several roots.
   */
  public static Result of(List<Unit> units) {
    Map<UnitCode, Unit> byCode = new LinkedHashMap<>();
    for (Unit unit : units) {
      if (byCode.putIfAbsent(unit.code(), unit) != null) {
        return new Result.Refused(unit.code().value(), "duplicate code " + unit.code());
      }
    }
    List<Unit> roots = new ArrayList<>();
    for (Unit unit : units) {
      if (unit.parentCode() == null) {
        roots.add(unit);
        continue;
      }
      Unit parent = byCode.get(unit.parentCode());
      if (parent == null) {
        return new Result.Refused(unit.code().value(), "unknown parent " + unit.parentCode());
      }
      if (!unit.level().mayBeChildOf(parent.level())) {
        return new Result.Refused(
            unit.code().value(),
            "a " + unit.level() + " cannot sit below the " + parent.level() + " " + parent.code());
      }
    }
    if (roots.size() != 1) {
      return new Result.Refused(
          roots.isEmpty() ? "" : roots.get(1).code().value(),
          "the tree needs exactly one unit without a parent, found " + roots.size());
    }
    return new Result.Built(new UnitTree(byCode));
  }

  /** What {@link #of} gives back: a tree, or the reason there is none. */
  public sealed interface Result {
    /** A valid tree. */
    record Built(UnitTree tree) implements Result {}

    /**
     * No tree: {@code unitCode} names the offending entry as the file wrote it, empty when no unit
     * is at fault (no root at all); text rather than a {@link UnitCode}, since it only finds the
     * entry and goes into the message.
     */
    record Refused(String unitCode, String problem) implements Result {}
  }

  public Unit root() {
    return root;
  }

  public Optional<Unit> find(UnitCode code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** The unit with this code; for codes that validated configuration guarantees. */
  public Unit get(UnitCode code) {
    Unit unit = byCode.get(code);
    if (unit == null) {
      throw new IllegalArgumentException("no unit " + code);
    }
    return unit;
  }

  /** The unit's name as people read it: a village with its commune ({@code Ấp 4, Xã Phú Nghĩa}). */
  public String describe(Unit unit) {
    if (unit.level() == UnitLevel.VILLAGE) {
      return parentOf(unit).map(p -> unit.fullName() + ", " + p.fullName()).orElse(unit.fullName());
    }
    return unit.fullName();
  }

  public Collection<Unit> all() {
    return byCode.values();
  }

  public List<Unit> children(UnitCode code) {
    return childrenByCode.getOrDefault(code, List.of());
  }

  /** Units whose name folds to the same key as {@code name} (type word excluded), in tree order. */
  public List<Unit> named(String name) {
    return byFoldedName.getOrDefault(NameKey.fold(name), List.of());
  }

  public Optional<Unit> parentOf(Unit unit) {
    return find(unit.parentCode());
  }

  /** The unit's ancestors, nearest first, up to the root. */
  public List<Unit> ancestors(Unit unit) {
    List<Unit> chain = new ArrayList<>();
    for (Optional<Unit> up = parentOf(unit); up.isPresent(); up = parentOf(up.get())) {
      chain.add(up.get());
    }
    return chain;
  }

  /** Whether {@code unit} is {@code ancestor} itself or lies below it. */
  public boolean isWithin(Unit unit, Unit ancestor) {
    return unit.code().equals(ancestor.code()) || ancestors(unit).contains(ancestor);
  }

  /**
   * The nearest unit at {@code level} on the way up from {@code unit}, the unit itself included.
   */
  public Optional<Unit> enclosing(Unit unit, UnitLevel level) {
    if (unit.level() == level) {
      return Optional.of(unit);
    }
    return ancestors(unit).stream().filter(u -> u.level() == level).findFirst();
  }

  /** All units at {@code level} below {@code ancestor}, in tree order. */
  public List<Unit> below(Unit ancestor, UnitLevel level) {
    List<Unit> found = new ArrayList<>();
    collect(ancestor, level, found);
    return found;
  }

  private void collect(Unit from, UnitLevel level, List<Unit> found) {
    for (Unit child : children(from.code())) {
      if (child.level() == level) {
        found.add(child);
      } else if (child.level().ordinal() < level.ordinal()) {
        collect(child, level, found);
      }
    }
  }

  /**
   * The unit whose Command Centre group hears about {@code unit}: the unit itself when it has a
   * group, otherwise the nearest ancestor with one.
   */
  public Optional<Unit> withCommandChat(Unit unit) {
    if (unit.commandChat() != null) {
      return Optional.of(unit);
    }
    return ancestors(unit).stream().filter(u -> u.commandChat() != null).findFirst();
  }
}
