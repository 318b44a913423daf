package vn.hotline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.config.BotConfig;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;

class UnitsCommandTest {
  @TempDir Path dir;

  String run(List<String> args, int expectedExit) throws Exception {
    List<String> line = new ArrayList<>(List.of("units"));
    line.addAll(args);
    Run run = Run.of(line.toArray(String[]::new));
    assertThat(run.status()).as(run.err()).isEqualTo(expectedExit);
    return run.out() + run.err();
  }

  BotConfig loadWith(String unitsYaml) throws Exception {
    for (String file :
        List.of("categories.yml", "sla.yml", "messages_vi.properties", "messages_en.properties")) {
      Files.copy(Path.of("bot-config", file), dir.resolve(file));
    }
    Files.writeString(dir.resolve("units.yml"), unitsYaml);
    return BotConfig.load(dir);
  }

  @Test
  void generatesAUnitsFileForHoChiMinhCityThatLoads() throws Exception {
    BotConfig config = loadWith(run(List.of("--province", "79"), 0));
    var units = config.units();
    assertThat(units.root().fullName()).isEqualTo("Thành phố Hồ Chí Minh");
    assertThat(units.below(units.root(), UnitLevel.DISTRICT)).hasSize(22);
    assertThat(units.below(units.root(), UnitLevel.COMMUNE)).hasSize(273);
  }

  @Test
  void generatesTheTwentyTwentyFiveShapeWithoutDistricts() throws Exception {
    BotConfig config = loadWith(run(List.of("--province", "70", "--no-districts"), 0));
    var units = config.units();
    assertThat(units.below(units.root(), UnitLevel.DISTRICT)).isEmpty();
    assertThat(units.children(new UnitCode("70"))).hasSize(111);
  }

  @Test
  void anUnknownProvinceOrMissingOptionIsExplained() throws Exception {
    assertThat(run(List.of("--province", "00"), 1)).contains("no province with code 00");
    assertThat(run(List.of(), 2)).contains("usage: units --province CODE");
  }

  @Test
  void outWritesTheFileOnlyWhenItSucceeds() throws Exception {
    Path units = dir.resolve("units.yml");
    Files.writeString(units, "the live file\n");

    assertThat(run(List.of("--province", "00", "--out", units.toString()), 1))
        .contains("no province with code 00");
    assertThat(units).hasContent("the live file");

    assertThat(run(List.of("--province", "74", "--out", units.toString()), 0))
        .contains("wrote ", " units to " + units);
    assertThat(loadWith(Files.readString(units)).units().root().code())
        .isEqualTo(new UnitCode("74"));
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("no temporary file left")
          .allMatch(name -> !name.endsWith(".new"));
    }
  }

  @Test
  void outSaysWhatElseInTheDirectoryDoesNotFitTheNewUnits() throws Exception {
    loadWith(Files.readString(Path.of("bot-config", "units.yml")));
    Files.copy(Path.of("bot-config", "officers.yml"), dir.resolve("officers.yml"));

    String said = run(List.of("--province", "74", "--out", dir.resolve("units.yml").toString()), 0);

    assertThat(said)
        .contains("the service will not start with " + dir + " yet: officers.yml:")
        .contains("unknown unit");
  }

  @Test
  void outWithoutAFileIsAUsageError() throws Exception {
    assertThat(run(List.of("--province", "74", "--out"), 2))
        .contains("'--out' (FILE)", "hotline-bot units --help");
  }
}
