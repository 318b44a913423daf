package vn.hotline.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.config.BotConfig;
import vn.hotline.config.ConfigException;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

class BoundariesTest {
  private static final BotConfig CONFIG = BotConfig.load(Path.of("bot-config"));

  @Test
  void findsTheDistrictAPointLiesIn() {
    Boundaries boundaries = Boundaries.read(CONFIG.dir(), CONFIG.units());
    assertThat(boundaries.unitAt(new GeoPoint(11.535, 106.883))).map(Unit::code).contains("689");
    assertThat(boundaries.unitAt(new GeoPoint(11.99, 106.82))).map(Unit::code).contains("693");
    assertThat(boundaries.unitAt(new GeoPoint(11.85, 106.60))).map(Unit::code).contains("692");
    assertThat(boundaries.unitAt(new GeoPoint(10.78, 106.70))).isEmpty();
  }

  @Test
  void aPointInAHoleIsOutside() {
    String json =
        """
        {"level2s": [{"level2_id": "689", "coordinates": [[
          [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
          [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]]]}]}
        """;
    Boundaries boundaries = Boundaries.parse(json, CONFIG.units());
    assertThat(boundaries.unitAt(new GeoPoint(2, 2))).map(Unit::code).contains("689");
    assertThat(boundaries.unitAt(new GeoPoint(5, 5))).isEmpty();
  }

  @Test
  void districtsTheTreeDoesNotHaveAreLeftOut() {
    UnitTree withoutDistricts =
        ((UnitTree.Result.Built)
                UnitTree.of(
                    List.of(
                        new Unit(
                            "70", "Bình Phước", "Tỉnh", UnitLevel.PROVINCE, null, null, "BP"))))
            .tree();
    Boundaries boundaries = Boundaries.read(CONFIG.dir(), withoutDistricts);
    assertThat(boundaries.unitAt(new GeoPoint(11.535, 106.883))).isEmpty();
  }

  @Test
  void aMissingFileMeansNoBoundaries(@TempDir Path dir) {
    assertThat(Boundaries.read(dir, CONFIG.units()).unitAt(new GeoPoint(11.535, 106.883)))
        .isEmpty();
  }

  @Test
  void aMalformedFileStopsWithItsName(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve(Boundaries.FILE), "{\"level2s\": [");
    assertThatThrownBy(() -> Boundaries.read(dir, CONFIG.units()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("boundaries.json: ");
  }
}
