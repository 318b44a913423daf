package vn.hotline.desk;

import java.util.List;
import java.util.Optional;
import vn.hotline.triage.PlaceTypeWords;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/** Reads a unit as an officer types it: by code, or by name with or without its type word. */
final class UnitNames {
  private final UnitTree units;
  private final PlaceTypeWords typeWords;

  UnitNames(UnitTree units, PlaceTypeWords typeWords) {
    this.units = units;
    this.typeWords = typeWords;
  }

  /** The units a typed code or name can mean: a code exactly, or communes of that name. */
  List<Unit> meant(String typed) {
    Optional<Unit> byCode = UnitCode.parse(typed.strip()).flatMap(units::find);
    if (byCode.isPresent()) {
      return List.of(byCode.get());
    }
    String name = typeWords.withoutTypeWord(typed);
    List<Unit> named = units.named(name);
    List<Unit> communes = named.stream().filter(u -> u.level() == UnitLevel.COMMUNE).toList();
    return communes.isEmpty() ? named : communes;
  }

  /** The candidates with code, name and parent, for the officer to pick one by its code. */
  String describe(List<Unit> candidates) {
    return String.join(
        "; ",
        candidates.stream()
            .map(
                u ->
                    u.code()
                        + " "
                        + u.fullName()
                        + units.parentOf(u).map(p -> ", " + p.fullName()).orElse(""))
            .toList());
  }
}
