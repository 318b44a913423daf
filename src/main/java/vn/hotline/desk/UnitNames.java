package vn.hotline.desk;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.hotline.unit.NameKey;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/** Reads a unit as an officer types it: by code, or by name with or without its type word. */
final class UnitNames {
  private static final Pattern TYPE_WORD =
      Pattern.compile("^(xa|phuong|thi tran|thi xa|thanh pho|huyen|tt|p|x)\\s+");

  private final UnitTree units;

  UnitNames(UnitTree units) {
    this.units = units;
  }

  /** The units a typed code or name can mean: a code exactly, or communes of that name. */
  List<Unit> meant(String typed) {
    Optional<Unit> byCode = units.find(typed.strip());
    if (byCode.isPresent()) {
      return List.of(byCode.get());
    }
    String name = TYPE_WORD.matcher(NameKey.fold(typed)).replaceFirst("");
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
