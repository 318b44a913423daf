package vn.hotline.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hotline.roster.Officer;
import vn.hotline.roster.OfficerId;
import vn.hotline.roster.Role;
import vn.hotline.roster.Roster;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/**
 * Reads {@code officers.yml}: the people who work the desk, checked against the unit tree. The file
 * is optional, since a deployment may take reports without a desk.
 */
final class OfficersFile {
  static final String NAME = "officers.yml";

  private OfficersFile() {}

  static Roster read(Path dir, UnitTree units) {
    Path path = dir.resolve(NAME);
    if (!Files.exists(path)) {
      return Roster.empty();
    }
    ConfigNode list = ConfigNode.read(path, NAME).required("officers");
    List<ConfigNode> items = list.isBlank() ? List.of() : list.items();
    List<Officer> officers = new ArrayList<>();
    Map<Long, Officer> byId = new HashMap<>();
    Map<UnitCode, Officer> ownerOf = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      ConfigNode entry = items.get(i);
      Officer officer = officer(entry, i + 1, units);
      if (byId.putIfAbsent(officer.id().value(), officer) != null) {
        throw entry.problem("officer " + officer.id() + ": duplicate telegram_id");
      }
      claimVillages(entry, officer, ownerOf);
      officers.add(officer);
    }
    return Roster.of(officers);
  }

  private static Officer officer(ConfigNode entry, int number, UnitTree units) {
    long id = telegramId(entry, number);
    String name = entry.text("name");
    Optional<String> phone = entry.optionalText("phone");
    Role role = entry.choice("role", Role.class);
    List<Unit> own = ownUnits(entry, id, units);
    List<UnitCode> villages = villages(entry, id, own, units);
    return new Officer(
        new OfficerId(id),
        name,
        phone.orElse(null),
        own.stream().map(Unit::code).toList(),
        role,
        villages);
  }

  private static long telegramId(ConfigNode entry, int number) {
    long id =
        entry
            .optionalLong("telegram_id")
            .orElseThrow(() -> entry.problem("officer entry " + number + " has no telegram_id"));
    if (id <= 0) {
      throw entry.problem("'telegram_id' is " + id + ", expected a Telegram user id above 0");
    }
    return id;
  }

  private static List<Unit> ownUnits(ConfigNode entry, long id, UnitTree units) {
    List<ConfigNode> items = entry.required("units").items();
    if (items.isEmpty()) {
      throw entry.problem("officer " + id + ": 'units' is empty");
    }
    List<Unit> own = new ArrayList<>();
    for (ConfigNode item : items) {
      Unit unit = known(item, id, "unit", units);
      if (unit.level() == UnitLevel.VILLAGE) {
        throw item.problem(
            "officer " + id + ": unit " + unit.code() + " is a village; list it under villages");
      }
      own.add(unit);
    }
    return own;
  }

  private static List<UnitCode> villages(
      ConfigNode entry, long id, List<Unit> own, UnitTree units) {
    List<UnitCode> villages = new ArrayList<>();
    for (ConfigNode item : entry.optional("villages").map(ConfigNode::items).orElse(List.of())) {
      Unit village = known(item, id, "village", units);
      if (village.level() != UnitLevel.VILLAGE) {
        throw item.problem("officer " + id + ": " + village.code() + " is not a village");
      }
      if (own.stream().noneMatch(unit -> units.isWithin(village, unit))) {
        throw item.problem(
            "officer " + id + ": village " + village.code() + " is not below any of their units");
      }
      villages.add(village.code());
    }
    return villages;
  }

  private static Unit known(ConfigNode item, long id, String what, UnitTree units) {
    String code = item.scalar().strip();
    return UnitCode.parse(code)
        .flatMap(units::find)
        .orElseThrow(() -> item.problem("officer " + id + ": unknown " + what + " " + code));
  }

  // The directive gives each village one responsible member; two would each assume the other acts.
  private static void claimVillages(
      ConfigNode entry, Officer officer, Map<UnitCode, Officer> ownerOf) {
    for (UnitCode village : officer.villages()) {
      Officer owner = ownerOf.putIfAbsent(village, officer);
      if (owner != null) {
        throw entry.problem(
            "officer "
                + officer.id()
                + ": village "
                + village
                + " already belongs to officer "
                + owner.id());
      }
    }
  }
}
