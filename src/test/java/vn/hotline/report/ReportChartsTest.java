package vn.hotline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hotline.report.RenderFixtures.ENGLISH;
import static vn.hotline.report.RenderFixtures.VIETNAMESE;
import static vn.hotline.report.RenderFixtures.decode;
import static vn.hotline.report.RenderFixtures.pixelsUnlikeTheBackground;
import static vn.hotline.report.RenderFixtures.save;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hotline.messages.Messages;

class ReportChartsTest {

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  @Test
  void drawsTicketsPerDayAsStackedBarsByCategoryWithoutADisplay() {
    Map<String, String> names = categoryNames();
    Map<LocalDate, Map<String, Long>> counts = new LinkedHashMap<>();
    for (int day = 0; day < 7; day++) {
      Map<String, Long> byCategory = new LinkedHashMap<>();
      int d = day;
      names.keySet().forEach(code -> byCategory.put(code, (long) ((code.hashCode() & 7) + d)));
      counts.put(RenderFixtures.FROM.plusDays(day), byCategory);
    }

    byte[] png =
        new ReportCharts(VIETNAMESE)
            .ticketsPerDayByCategory(counts, names, "Phản ánh theo ngày, 09–15/08/2021");
    save("tickets-per-day-vi.png", png);

    BufferedImage image = decode(png);
    assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    assertThat(image.getWidth()).isEqualTo(ReportCharts.WIDTH);
    assertThat(image.getHeight()).isEqualTo(ReportCharts.HEIGHT);
    assertThat(pixelsUnlikeTheBackground(image)).isGreaterThan(50_000);
  }

  @Test
  void drawsTheMedianAndNinetiethPercentileTimeToAcknowledgeOfEachUnit() {
    StatsResult byDistrict = RenderFixtures.provinceByDistrict(RenderFixtures.districts());

    byte[] png =
        new ReportCharts(ENGLISH)
            .timeToAcknowledgeByUnit(byDistrict, "Time to acknowledge by district, 9–15 Aug 2021");
    save("time-to-acknowledge-en.png", png);

    BufferedImage image = decode(png);
    assertThat(image.getWidth()).isEqualTo(ReportCharts.WIDTH);
    assertThat(image.getHeight()).isEqualTo(ReportCharts.HEIGHT);
    assertThat(pixelsUnlikeTheBackground(image)).isGreaterThan(20_000);
  }

  @Test
  void aPeriodWithNoTicketsStillGivesAChart() {
    byte[] png =
        new ReportCharts(VIETNAMESE)
            .ticketsPerDayByCategory(Map.of(), Map.of(), "Không có phản ánh");
    assertThat(decode(png).getWidth()).isEqualTo(ReportCharts.WIDTH);
  }

  private static Map<String, String> categoryNames() {
    Map<String, String> names = new LinkedHashMap<>();
    RenderFixtures.CONFIG
        .categories()
        .all()
        .forEach(category -> names.put(category.code(), category.name(Messages.VIETNAMESE)));
    return names;
  }
}
