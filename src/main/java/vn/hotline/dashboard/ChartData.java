package vn.hotline.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.hotline.report.Figures;
import vn.hotline.report.StatsResult;

/**
 * The dashboard's two charts as the JSON that {@code /static/dashboard.js} hands to ECharts, and
 * the same numbers as tables, the charts' text alternative. Both are made from one list of series
 * so that what is drawn and what is read aloud cannot differ.
 */
public final class ChartData {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

  /** One line or stack of bars: a name and a value a day (null for nothing to show). */
  public record Series(String name, List<Number> values, List<String> texts) {}

  /** A chart: its days, series and the name of its vertical axis. */
  public record Chart(List<String> days, List<Series> series, String axis, String summary) {
    /** The chart for {@code dashboard.js}, as a JSON object. */
    public String json() {
      Map<String, Object> chart = new LinkedHashMap<>();
      chart.put("days", days);
      chart.put("axis", axis);
      List<Map<String, Object>> lines = new ArrayList<>();
      for (Series s : series) {
        lines.add(Map.of("name", s.name(), "data", s.values()));
      }
      chart.put("series", lines);
      try {
        return JSON.writeValueAsString(chart);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write a chart", e);
      }
    }

    /** Row {@code i} of the text alternative: the day, then each series' value as read. */
    public List<String> row(int day) {
      List<String> row = new ArrayList<>();
      row.add(days.get(day));
      series.forEach(s -> row.add(s.texts().get(day)));
      return row;
    }
  }

  private ChartData() {}

  /**
   * Tickets received per day, a stack of bars per category; only categories with tickets in the
   * period get a series, in their configured order.
   */
  static Chart perDay(
      Map<LocalDate, Map<String, Long>> counts,
      Map<String, String> categoryNames,
      Numbers numbers,
      Words say) {
    List<LocalDate> days = counts.keySet().stream().sorted().toList();
    List<Series> series = new ArrayList<>();
    long total = 0;
    for (Map.Entry<String, String> category : categoryNames.entrySet()) {
      List<Number> values = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      long sum = 0;
      for (LocalDate day : days) {
        long count = counts.get(day).getOrDefault(category.getKey(), 0L);
        values.add(count);
        texts.add(numbers.count(count));
        sum += count;
      }
      if (sum > 0) {
        series.add(new Series(category.getValue(), values, texts));
        total += sum;
      }
    }
    String summary =
        say.t("dashboard.chart.perDay.summary", numbers.count(total), days.size(), series.size());
    return new Chart(labels(days), series, say.t("report.chart.tickets"), summary);
  }

  /** The median and 90th percentile of the times to acknowledge and to resolve, per day. */
  static Chart times(StatsResult byDay, Numbers numbers, Words say) {
    List<LocalDate> days = byDay.rows().stream().map(r -> LocalDate.parse(r.key())).toList();
    List<Series> series =
        List.of(
            time(byDay, say.t("dashboard.chart.ackMedian"), Figures::ackMedianSeconds, numbers),
            time(byDay, say.t("dashboard.chart.ackP90"), Figures::ackP90Seconds, numbers),
            time(
                byDay,
                say.t("dashboard.chart.resolveMedian"),
                Figures::resolveMedianSeconds,
                numbers),
            time(byDay, say.t("dashboard.chart.resolveP90"), Figures::resolveP90Seconds, numbers));
    String summary =
        say.t(
            "dashboard.chart.times.summary",
            numbers.duration(byDay.total().ackMedianSeconds()),
            numbers.duration(byDay.total().resolveMedianSeconds()));
    return new Chart(labels(days), series, say.t("report.chart.minutes"), summary);
  }

  private static Series time(
      StatsResult byDay, String name, Function<Figures, Long> seconds, Numbers numbers) {
    List<Number> minutes = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (StatsResult.Row row : byDay.rows()) {
      Long value = seconds.apply(row.figures());
      minutes.add(value == null ? null : Math.round(value / 6.0) / 10.0);
      texts.add(numbers.duration(value));
    }
    return new Series(name, minutes, texts);
  }

  private static List<String> labels(List<LocalDate> days) {
    return days.stream().map(DAY::format).toList();
  }
}
