package vn.hotline.cli;

import java.util.List;
import vn.hotline.unit.CodePrefix;
import vn.hotline.unit.Unit;

/** Writes units in the one-line-per-unit shape of {@code bot-config/units.yml}. */
final class UnitsYaml {
  private UnitsYaml() {}

  static String write(List<Unit> units, String origin) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("# Administrative units, ")
        .append(origin)
        .append(".\n")
        .append(
            "# One unit a line: code, level (PROVINCE, DISTRICT, COMMUNE, VILLAGE), kind (the type word),\n")
        .append(
            "# name, parent, and optionally chat (the Command Centre's Telegram group id) and prefix\n")
        .append(
            "# (the 2-6 letters that start its ticket codes; derived from the name when absent).\n")
        .append("units:\n");
    for (Unit unit : units) {
      yaml.append("  - {code: ")
          .append(quoted(unit.code().value()))
          .append(", level: ")
          .append(unit.level())
          .append(", kind: ")
          .append(quoted(unit.kind()))
          .append(", name: ")
          .append(quoted(unit.name()));
      if (unit.parentCode() != null) {
        yaml.append(", parent: ").append(quoted(unit.parentCode().value()));
      }
      if (unit.commandChat() != null) {
        yaml.append(", chat: ").append(unit.commandChat());
      }
      if (!unit.codePrefix().equals(CodePrefix.derive(unit.name(), unit.kind()))) {
        yaml.append(", prefix: ").append(unit.codePrefix());
      }
      yaml.append("}\n");
    }
    return yaml.toString();
  }

  private static String quoted(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
