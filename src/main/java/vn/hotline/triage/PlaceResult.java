package vn.hotline.triage;

import java.util.List;
import java.util.Optional;
import vn.hotline.unit.Unit;

/** Where a report is about: one unit, several candidates the citizen must choose from, or none. */
public sealed interface PlaceResult {
  /** The three outcomes, by name. */
  enum Status {
    FOUND,
    AMBIGUOUS,
    NONE
  }

  Status status();

  /** The unit found, if exactly one was. */
  default Optional<Unit> unit() {
    return Optional.empty();
  }

  /** The units the citizen must choose from; empty unless ambiguous. */
  default List<Unit> candidates() {
    return List.of();
  }

  /**
   * Exactly one unit fits: a commune, a village (with its commune named), or a district named
   * alone.
   */
  record Found(Unit found) implements PlaceResult {
    @Override
    public Status status() {
      return Status.FOUND;
    }

    @Override
    public Optional<Unit> unit() {
      return Optional.of(found);
    }
  }

  /**
   * Several units fit: a name shared by communes of several districts, or a shared location's
   * district.
   */
  record Ambiguous(List<Unit> units) implements PlaceResult {
    public Ambiguous {
      units = List.copyOf(units);
    }

    @Override
    public Status status() {
      return Status.AMBIGUOUS;
    }

    @Override
    public List<Unit> candidates() {
      return units;
    }
  }

  /** The text names no place of the tree. */
  record None() implements PlaceResult {
    @Override
    public Status status() {
      return Status.NONE;
    }
  }

  /** One unit, several, or none, as the list of fitting units says. */
  static PlaceResult of(List<Unit> fitting) {
    return switch (fitting.size()) {
      case 0 -> new None();
      case 1 -> new Found(fitting.get(0));
      default -> new Ambiguous(fitting);
    };
  }
}
