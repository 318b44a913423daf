package vn.hotline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.category.Priority;
import vn.hotline.category.Routing;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;

class BotConfigTest {
  static final Path SHIPPED = Path.of("bot-config");

  @TempDir Path dir;

  @Test
  void shippedConfigurationDescribesBinhPhuocWithItsElevenDistrictsAndAllCommunes() {
    BotConfig config = BotConfig.load(SHIPPED);
    var units = config.units();
    assertThat(units.root().fullName()).isEqualTo("Tỉnh Bình Phước");
    assertThat(units.below(units.root(), UnitLevel.DISTRICT)).hasSize(11);
    assertThat(units.below(units.root(), UnitLevel.COMMUNE)).hasSize(111);
    assertThat(units.get(new UnitCode("25267")).fullName()).isEqualTo("Xã Phú Nghĩa");
    assertThat(units.get(new UnitCode("25267")).commandChat()).isEqualTo(-1000025267L);
    assertThat(units.get(new UnitCode("691")).commandChat()).isEqualTo(-1000000691L);
    assertThat(units.get(new UnitCode("70")).commandChat()).isEqualTo(-1000000070L);
    assertThat(units.children(new UnitCode("25267")))
        .extracting(u -> u.fullName())
        .contains("Ấp 4");
    assertThat(units.get(new UnitCode("25267")).codePrefix()).isEqualTo("PN");
  }

  @Test
  void shippedCategoriesAreTheThirteenWithComplaintsRoutedToTheParent() {
    var categories = BotConfig.load(SHIPPED).categories();
    assertThat(categories.codes())
        .containsExactly(
            "SPONTANEOUS_MARKET",
            "OUTSIDE_ARRIVAL",
            "GATHERING",
            "QUARANTINE_VIOLATION",
            "SUSPECTED_CASE",
            "PREVENTION_VIOLATION",
            "HELP_FOOD",
            "HELP_MEDICAL",
            "HELP_FINANCIAL",
            "MISINFORMATION",
            "INFO_REQUEST",
            "OFFICIAL_COMPLAINT",
            "OTHER");
    assertThat(categories.get("OFFICIAL_COMPLAINT").routing()).isEqualTo(Routing.PARENT_UNIT);
    assertThat(categories.get("HELP_FOOD").priority()).isEqualTo(Priority.HIGH);
    assertThat(categories.get("HELP_FOOD").asksForContact()).isTrue();
    assertThat(categories.get("GATHERING").asksForContact()).isFalse();
  }

  @Test
  void shippedSlaFollowsThe1022Rules() {
    var sla = BotConfig.load(SHIPPED).sla();
    assertThat(sla.limitsFor("OTHER", Priority.URGENT).acknowledge()).hasMinutes(5);
    assertThat(sla.limitsFor("OTHER", Priority.URGENT).resolve()).hasMinutes(60);
    assertThat(sla.limitsFor("HELP_FOOD", Priority.HIGH).acknowledge()).hasMinutes(30);
    assertThat(sla.limitsFor("HELP_FOOD", Priority.HIGH).resolve()).hasHours(24);
    assertThat(sla.limitsFor("OTHER", Priority.NORMAL).acknowledge()).hasHours(2);
    assertThat(sla.limitsFor("OTHER", Priority.NORMAL).resolve()).hasHours(72);
  }

  @Test
  void unknownParentRefusesStartUpNamingFileLineAndUnit() throws IOException {
    copyShipped();
    append(
        "units.yml",
        "  - {code: \"99999\", level: COMMUNE, kind: \"Xã\", name: \"Ma\", parent: \"12345\"}\n");
    assertThatThrownBy(() -> BotConfig.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageMatching("units\\.yml:\\d+: unit 99999: unknown parent 12345");
  }

  @Test
  void duplicateCodeRefusesStartUpAtTheSecondEntry() throws IOException {
    copyShipped();
    long lines = Files.readAllLines(dir.resolve("units.yml")).size();
    append(
        "units.yml",
        "  - {code: \"25267\", level: COMMUNE, kind: \"Xã\", name: \"Lặp\", parent: \"691\"}\n");
    assertThatThrownBy(() -> BotConfig.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage("units.yml:" + (lines + 1) + ": unit 25267: duplicate code 25267");
  }

  @Test
  void missingMessageKeyRefusesStartUpNamingTheFileAndKey() throws IOException {
    copyShipped();
    append("messages_vi.properties", "only.in.vietnamese=Chỉ có tiếng Việt\n");
    assertThatThrownBy(() -> BotConfig.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage("messages_en.properties: missing message key only.in.vietnamese");
  }

  @Test
  void unknownLevelAndMissingFilesAndBrokenYamlAreNamedClearly() throws IOException {
    copyShipped();
    append(
        "units.yml",
        "  - {code: \"99999\", level: HAMLET, kind: \"Xóm\", name: \"Ma\", parent: \"25267\"}\n");
    assertThatThrownBy(() -> BotConfig.load(dir))
        .hasMessageContaining("'level' is HAMLET, expected one of");

    copyShipped();
    Files.delete(dir.resolve("sla.yml"));
    assertThatThrownBy(() -> BotConfig.load(dir)).hasMessage("sla.yml: file not found");

    copyShipped();
    Files.writeString(dir.resolve("categories.yml"), "categories: [ {code: OTHER\n");
    assertThatThrownBy(() -> BotConfig.load(dir))
        .hasMessageStartingWith("categories.yml:2: not valid YAML");
  }

  @Test
  void slaWithUnknownCategoryOrBadDurationIsRefused() throws IOException {
    copyShipped();
    String sla =
        Files.readString(dir.resolve("sla.yml"))
            .replace("categories: {}", "categories:\n  NO_SUCH: {acknowledge: 5m, resolve: 1h}");
    Files.writeString(dir.resolve("sla.yml"), sla);
    assertThatThrownBy(() -> BotConfig.load(dir))
        .hasMessageMatching("sla\\.yml:\\d+: unknown category NO_SUCH");

    copyShipped();
    Files.writeString(
        dir.resolve("sla.yml"),
        Files.readString(dir.resolve("sla.yml")).replace("5m", "5 minutes"));
    assertThatThrownBy(() -> BotConfig.load(dir))
        .hasMessageContaining("'5 minutes' is not a duration");
  }

  @Test
  void aTreeWithoutDistrictsLoads() throws IOException {
    copyShipped();
    // The demo roster names Bình Phước units that this tree does not have.
    Files.delete(dir.resolve("officers.yml"));
    Files.writeString(
        dir.resolve("units.yml"),
        """
        units:
          - {code: "79", level: PROVINCE, kind: "Thành phố", name: "Hồ Chí Minh"}
          - {code: "26734", level: COMMUNE, kind: "Phường", name: "Sài Gòn", parent: "79", chat: -100123}
          - {code: "26734-1", level: VILLAGE, kind: "Khu phố", name: "1", parent: "26734"}
        """);
    var units = BotConfig.load(dir).units();
    assertThat(units.below(units.root(), UnitLevel.COMMUNE))
        .extracting(u -> u.code())
        .containsExactly(new UnitCode("26734"));
    assertThat(units.enclosing(units.get(new UnitCode("26734-1")), UnitLevel.COMMUNE))
        .map(u -> u.code())
        .contains(new UnitCode("26734"));
    assertThat(units.enclosing(units.get(new UnitCode("26734")), UnitLevel.DISTRICT)).isEmpty();
  }

  private void copyShipped() throws IOException {
    try (Stream<Path> files = Files.list(SHIPPED)) {
      for (Path file : files.toList()) {
        if (Files.isRegularFile(file)) {
          Files.copy(
              file,
              dir.resolve(file.getFileName()),
              java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private void append(String file, String text) throws IOException {
    Files.writeString(
        dir.resolve(file), Files.readString(dir.resolve(file)) + text, StandardCharsets.UTF_8);
  }
}
