package vn.hotline.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hotline.unit.CodePrefix;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/** Reads {@code units.yml}: a flat list of units, each naming its parent. */
final class UnitsFile {
  static final String NAME = "units.yml";

  private UnitsFile() {}

  static UnitTree read(Path dir) {
    ConfigNode root = ConfigNode.read(dir.resolve(NAME), NAME);
    List<Unit> units = new ArrayList<>();
    Map<String, ConfigNode> entryOf = new HashMap<>();
    List<ConfigNode> items = root.required("units").items();
    for (int i = 0; i < items.size(); i++) {
      ConfigNode entry = items.get(i);
      Unit unit = unit(entry, i + 1);
      entryOf.putIfAbsent(unit.code().value(), entry);
      units.add(unit);
    }
    return switch (UnitTree.of(units)) {
      case UnitTree.Result.Built built -> built.tree();
      case UnitTree.Result.Refused refused -> {
        ConfigNode entry = entryOf.getOrDefault(refused.unitCode(), root);
        if (refused.problem().startsWith("duplicate")) {
          entry = lastEntryWithCode(items, refused.unitCode(), entry);
        }
        throw entry.problem("unit " + refused.unitCode() + ": " + refused.problem());
      }
    };
  }

  private static ConfigNode lastEntryWithCode(
      List<ConfigNode> items, String code, ConfigNode fallback) {
    ConfigNode found = fallback;
    for (ConfigNode item : items) {
      if (item.optionalText("code").orElse("").equals(code)) {
        found = item;
      }
    }
    return found;
  }

  private static Unit unit(ConfigNode entry, int number) {
    String code =
        entry
            .optionalText("code")
            .orElseThrow(() -> entry.problem("entry " + number + " has no code"));
    String name = entry.text("name");
    String kind = entry.text("kind");
    String prefix = entry.optionalText("prefix").orElseGet(() -> CodePrefix.derive(name, kind));
    if (!CodePrefix.isValid(prefix)) {
      throw entry.problem(
          "unit " + code + ": prefix " + prefix + " must be 2 to 6 capital letters A-Z");
    }
    return new Unit(
        new UnitCode(code),
        name,
        kind,
        entry.choice("level", UnitLevel.class),
        entry.optionalText("parent").map(UnitCode::new).orElse(null),
        entry.optionalLong("chat").orElse(null),
        prefix);
  }
}
