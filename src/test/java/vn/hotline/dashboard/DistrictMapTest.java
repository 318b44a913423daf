package vn.hotline.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.hotline.config.Outlines;
import vn.hotline.report.Figures;
import vn.hotline.report.Split;
import vn.hotline.report.StatsResult;
import vn.hotline.unit.UnitCode;

class DistrictMapTest {
  static final DistrictMap MAP = new DistrictMap(Outlines.read(Path.of("bot-config")));
  static final Numbers NUMBERS = new Numbers(Locale.ENGLISH, DistrictMapTest::say);

  @Test
  void everyDistrictIsAShapeThatLeadsToItsDashboard() {
    DistrictMap.View view = view(List.of(row("691", 80.0, 5)), MapFigure.ACK_WITHIN_SLA_PCT);
    assertThat(view.areas()).hasSize(11);
    assertThat(view.areas())
        .allSatisfy(area -> assertThat(area.path()).startsWith("M").endsWith("Z"));
    DistrictMap.Area buGiaMap = area(view, "691");
    assertThat(buGiaMap.name()).isEqualTo("Bù Gia Mập");
    assertThat(buGiaMap.href()).isEqualTo("/d/691");
    assertThat(buGiaMap.value()).isEqualTo("80 %");
  }

  @Test
  void aShareIsShadedAsOnTheReportMapAndADistrictWithoutDataIsGrey() {
    DistrictMap.View view =
        view(List.of(row("691", 100.0, 5), row("692", 0.0, 5)), MapFigure.ACK_WITHIN_SLA_PCT);
    assertThat(area(view, "691").fill()).isEqualTo("#1a9641");
    assertThat(area(view, "692").fill()).isEqualTo("#d7191c");
    assertThat(area(view, "693").fill()).isEqualTo(Shades.NO_DATA);
    assertThat(view.legend()).hasSize(6);
    assertThat(view.legend().getLast().text()).isEqualTo("report.map.noData");
  }

  @Test
  void anAmountIsShadedUpToTheLargestShown() {
    DistrictMap.View view =
        view(List.of(row("691", null, 10), row("692", null, 5)), MapFigure.RECEIVED);
    assertThat(area(view, "691").fill()).isEqualTo("#08519c");
    assertThat(area(view, "692").value()).isEqualTo("5");
    assertThat(view.legend().get(4).text()).isEqualTo("10");
  }

  @Test
  void belowTheProvinceThereIsNoMap() {
    StatsResult communes = result(List.of(row("25267", 50.0, 1)));
    assertThat(MAP.view(communes, MapFigure.RECEIVED, NUMBERS, c -> c, DistrictMapTest::say))
        .isEmpty();
  }

  private static DistrictMap.View view(List<StatsResult.Row> rows, MapFigure figure) {
    return MAP.view(result(rows), figure, NUMBERS, code -> "/d/" + code, DistrictMapTest::say)
        .orElseThrow();
  }

  private static DistrictMap.Area area(DistrictMap.View view, String code) {
    return view.areas().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
  }

  static StatsResult result(List<StatsResult.Row> rows) {
    LocalDate day = LocalDate.of(2026, 12, 3);
    return new StatsResult(
        new UnitCode("70"),
        "Tỉnh Bình Phước",
        day,
        day,
        ZoneId.of("Asia/Ho_Chi_Minh"),
        Split.UNIT,
        figures(0, null),
        rows);
  }

  static StatsResult.Row row(String code, Double ackPct, long received) {
    return new StatsResult.Row(code, "Unit " + code, figures(received, ackPct));
  }

  static Figures figures(long received, Double ackPct) {
    return new Figures(
        received, 0, 0, 0, 0, 0, 0, 0, 0, ackPct, 0, null, null, null, null, null, 0, 0, 0, 0);
  }

  static String say(String key, Object... args) {
    return key;
  }
}
