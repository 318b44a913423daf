package vn.hotline.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * The charts of the daily report as PNG images sized for a Telegram photo (1000 × 600), drawn with
 * XChart off screen: they render with {@code java.awt.headless=true}. Titles come from the caller,
 * axis and series names from {@link ReportLabels}, in the reader's language.
 */
public final class ReportCharts {
  public static final int WIDTH = 1000;
  public static final int HEIGHT = 600;

  // Distinct at a glance and for the common colour blindnesses (Tableau 10), then three more for
  // the thirteen categories.
  private static final Color[] PALETTE = {
    new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759), new Color(0x76B7B2),
    new Color(0x59A14F), new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7),
    new Color(0x9C755F), new Color(0xBAB0AC), new Color(0x1F3A93), new Color(0x8CD17D),
    new Color(0x6B6B6B)
  };
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

  private final ReportLabels labels;

  public ReportCharts(ReportLabels labels) {
    this.labels = labels;
  }

  /**
   * Tickets received per day, one stacked bar a day split by category.
   *
   * @param counts per day, tickets per category code; days without tickets may be left out
   * @param categoryNames the readable name of each category code, in the order of the legend
   */
  public byte[] ticketsPerDayByCategory(
      Map<LocalDate, Map<String, Long>> counts, Map<String, String> categoryNames, String title) {
    CategoryChart chart = chart(title, labels.text("report.chart.day"), "report.chart.tickets");
    chart.getStyler().setStacked(true);
    chart.getStyler().setOverlapped(false);
    List<LocalDate> days = counts.keySet().stream().sorted().toList();
    List<String> x = days.stream().map(DAY::format).toList();
    if (days.isEmpty()) {
      chart.addSeries(labels.text("report.chart.tickets"), List.of("-"), List.of(0));
      return png(chart);
    }
    for (String category : categoriesIn(counts, categoryNames)) {
      List<Number> y = new ArrayList<>();
      days.forEach(day -> y.add(counts.get(day).getOrDefault(category, 0L)));
      if (y.stream().anyMatch(n -> n.longValue() > 0)) {
        chart.addSeries(categoryNames.getOrDefault(category, category), x, y);
      }
    }
    if (chart.getSeriesMap().isEmpty()) {
      chart.addSeries(labels.text("report.chart.tickets"), x, days.stream().map(d -> 0).toList());
    }
    if (days.size() > 14) {
      chart.getStyler().setXAxisLabelRotation(45);
    }
    return png(chart);
  }

  /**
   * The median and 90th percentile of the time to acknowledge, in minutes, for each row of {@code
   * byUnit} (a unit with nothing acknowledged shows no bar).
   */
  public byte[] timeToAcknowledgeByUnit(StatsResult byUnit, String title) {
    CategoryChart chart = chart(title, labels.text("report.chart.unit"), "report.chart.minutes");
    chart.getStyler().setLabelsVisible(true);
    chart.getStyler().setDecimalPattern("#,##0.#");
    chart.getStyler().setLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    List<String> x = new ArrayList<>();
    List<Number> median = new ArrayList<>();
    List<Number> p90 = new ArrayList<>();
    for (StatsResult.Row row : byUnit.rows()) {
      x.add(row.name());
      median.add(minutes(row.figures().ackMedianSeconds()));
      p90.add(minutes(row.figures().ackP90Seconds()));
    }
    if (x.isEmpty()) {
      x.add(byUnit.unitName());
      median.add(minutes(byUnit.total().ackMedianSeconds()));
      p90.add(minutes(byUnit.total().ackP90Seconds()));
    }
    if (x.size() > 6) {
      chart.getStyler().setXAxisLabelRotation(30);
    }
    chart.addSeries(labels.text("report.chart.median"), x, median);
    chart.addSeries(labels.text("report.chart.p90"), x, p90);
    return png(chart);
  }

  private CategoryChart chart(String title, String xTitle, String yKey) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle(labels.text(yKey))
            .build();
    var styler = chart.getStyler();
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(false);
    styler.setPlotGridVerticalLinesVisible(false);
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
    styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
    styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    styler.setLegendPosition(LegendPosition.OutsideE);
    styler.setLegendBorderColor(Color.WHITE);
    styler.setSeriesColors(PALETTE);
    styler.setYAxisMin(0.0);
    styler.setYAxisDecimalPattern("#,##0");
    styler.setAvailableSpaceFill(0.7);
    return chart;
  }

  /** The categories of the legend: the named ones in order, then any others found in the data. */
  private static Set<String> categoriesIn(
      Map<LocalDate, Map<String, Long>> counts, Map<String, String> categoryNames) {
    Set<String> categories = new LinkedHashSet<>(categoryNames.keySet());
    counts.values().forEach(byCategory -> categories.addAll(byCategory.keySet()));
    return categories;
  }

  private static Double minutes(Long seconds) {
    return seconds == null ? null : Math.round(seconds / 6.0) / 10.0;
  }

  private static byte[] png(CategoryChart chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
