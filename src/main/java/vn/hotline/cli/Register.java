package vn.hotline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import vn.hotline.unit.CodePrefix;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;

/**
 * The national register of administrative units (General Statistics Office, as of 2025-03-01),
 * shipped compressed in the jar so that a deployment for any province can be generated offline.
 */
final class Register {
  private static final String BUNDLED = "/register/vn-admin-units-2025-03.json.gz";
  private static final List<String> TYPE_WORDS =
      List.of("Thành phố", "Thị trấn", "Thị xã", "Phường", "Huyện", "Quận", "Tỉnh", "Xã");

  private final JsonNode provinces;

  private Register(JsonNode provinces) {
    this.provinces = provinces;
  }

  static Register bundled() throws IOException {
    try (InputStream in = new GZIPInputStream(Register.class.getResourceAsStream(BUNDLED))) {
      return new Register(new ObjectMapper().readTree(in).path("data"));
    }
  }

  static Register file(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      InputStream json = path.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
      return new Register(new ObjectMapper().readTree(json).path("data"));
    }
  }

  /**
   * The province's units, province first, each district followed by its communes; with {@code
   * withDistricts} false the communes hang directly below the province (the shape since July 2025).
   */
  Optional<List<Unit>> province(String code, boolean withDistricts) {
    for (JsonNode province : provinces) {
      if (province.path("level1_id").asText().equals(code)) {
        return Optional.of(units(province, withDistricts));
      }
    }
    return Optional.empty();
  }

  private static List<Unit> units(JsonNode province, boolean withDistricts) {
    List<Unit> units = new ArrayList<>();
    Unit root = unit(province, "level1_id", UnitLevel.PROVINCE, null);
    units.add(root);
    for (JsonNode district : province.path("level2s")) {
      UnitCode parent = root.code();
      if (withDistricts) {
        Unit unit = unit(district, "level2_id", UnitLevel.DISTRICT, root.code());
        units.add(unit);
        parent = unit.code();
      }
      for (JsonNode commune : district.path("level3s")) {
        units.add(unit(commune, "level3_id", UnitLevel.COMMUNE, parent));
      }
    }
    return units;
  }

  private static Unit unit(JsonNode node, String codeField, UnitLevel level, UnitCode parent) {
    String fullName = node.path("name").asText();
    String kind = node.path("type").asText();
    if (kind.equals("Thành phố Trung ương")) {
      kind = "Thành phố";
    }
    String name = withoutTypeWord(fullName, kind);
    return new Unit(
        new UnitCode(node.path(codeField).asText()),
        name,
        kind,
        level,
        parent,
        null,
        CodePrefix.derive(name, kind));
  }

  private static String withoutTypeWord(String fullName, String kind) {
    if (fullName.startsWith(kind + " ")) {
      return fullName.substring(kind.length() + 1);
    }
    for (String word : TYPE_WORDS) {
      if (fullName.startsWith(word + " ")) {
        return fullName.substring(word.length() + 1);
      }
    }
    return fullName;
  }
}
