package vn.hotline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportLabelsTest {

  @Test
  void everyLabelOfTheReportsIsInTheMessageFiles() {
    // Messages already refuses files whose keys differ, so one language checks both.
    assertThat(ReportLabels.KEYS)
        .allSatisfy(key -> assertThat(RenderFixtures.CONFIG.messages().has(key)).as(key).isTrue());
  }

  @Test
  void eachFigureHasItsOwnLabel() {
    assertThat(ReportLabels.figureNames())
        .map(RenderFixtures.ENGLISH::figure)
        .doesNotHaveDuplicates()
        .contains("Received", "Acknowledged within SLA (%)");
    assertThat(RenderFixtures.VIETNAMESE.figure("received")).isEqualTo("Tiếp nhận");
  }

  @Test
  void aMissingTextShowsItsKey() {
    assertThat(new ReportLabels(Map.of()).text("report.chart.day")).isEqualTo("report.chart.day");
  }
}
