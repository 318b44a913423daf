package vn.hotline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeagueTableTest {

  static StatsResult.Row row(String name, Double ackPct, Long ackMedian) {
    Figures figures =
        new Figures(
            10, 8, 5, 3, 1, 0, 6, 2, 6, ackPct, 4, null, ackMedian, null, null, null, 0, 0, 0, 0);
    return new StatsResult.Row(name, name, figures);
  }

  @Test
  void ranksByShareWithinSlaThenMedianThenNameWithNothingToMeasureLast() {
    StatsResult.Row unmeasured = row("An Lộc", null, null);
    StatsResult.Row slowerEqualShare = row("Bù Nho", 90.0, 900L);
    StatsResult.Row best = row("Đak Ơ", 95.0, 1_200L);
    StatsResult.Row quickerEqualShare = row("Thác Mơ", 90.0, 300L);
    StatsResult.Row sameAsQuickerByName = row("Long Hà", 90.0, 300L);
    StatsResult.Row noMedian = row("Phú Nghĩa", 90.0, null);

    List<StatsResult.Row> ranked =
        LeagueTable.rank(
            List.of(
                unmeasured,
                slowerEqualShare,
                best,
                quickerEqualShare,
                noMedian,
                sameAsQuickerByName));

    assertThat(ranked)
        .containsExactly(
            best, sameAsQuickerByName, quickerEqualShare, slowerEqualShare, noMedian, unmeasured);
  }
}
