package vn.hotline.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hotline.config.BotConfig;
import vn.hotline.config.Outlines;
import vn.hotline.unit.Outline;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

class BoundariesTest {
  private static final BotConfig CONFIG = BotConfig.load(Path.of("bot-config"));

  @Test
  void findsTheDistrictAPointLiesIn() {
    Boundaries boundaries = Boundaries.of(Outlines.read(CONFIG.dir()), CONFIG.units());
    assertThat(boundaries.unitAt(new GeoPoint(11.535, 106.883)))
        .map(Unit::code)
        .contains(new UnitCode("689"));
    assertThat(boundaries.unitAt(new GeoPoint(11.99, 106.82)))
        .map(Unit::code)
        .contains(new UnitCode("693"));
    assertThat(boundaries.unitAt(new GeoPoint(11.85, 106.60)))
        .map(Unit::code)
        .contains(new UnitCode("692"));
    assertThat(boundaries.unitAt(new GeoPoint(10.78, 106.70))).isEmpty();
  }

  @Test
  void aPointInAHoleIsOutside() {
    Outline square =
        new Outline(
            "689",
            "Thành phố Đồng Xoài",
            List.of(
                List.of(
                    new double[] {0, 0, 10, 0, 10, 10, 0, 10, 0, 0},
                    new double[] {4, 4, 6, 4, 6, 6, 4, 6, 4, 4})));
    Boundaries boundaries = Boundaries.of(List.of(square), CONFIG.units());
    assertThat(boundaries.unitAt(new GeoPoint(2, 2))).map(Unit::code).contains(new UnitCode("689"));
    assertThat(boundaries.unitAt(new GeoPoint(5, 5))).isEmpty();
  }

  @Test
  void districtsTheTreeDoesNotHaveAreLeftOut() {
    UnitTree withoutDistricts =
        ((UnitTree.Result.Built)
                UnitTree.of(
                    List.of(
                        new Unit(
                            new UnitCode("70"),
                            "Bình Phước",
                            "Tỉnh",
                            UnitLevel.PROVINCE,
                            null,
                            null,
                            "BP"))))
            .tree();
    Boundaries boundaries = Boundaries.of(Outlines.read(CONFIG.dir()), withoutDistricts);
    assertThat(boundaries.unitAt(new GeoPoint(11.535, 106.883))).isEmpty();
  }
}
