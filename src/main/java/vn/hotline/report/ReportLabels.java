package vn.hotline.report;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The texts of a report's charts, map and spreadsheet in one language, taken by key from the
 * message files ({@code report.figure.*}, {@code report.sheet.*} ...). A figure's key is {@code
 * report.figure.} and the name of its component in {@link Figures}.
 */
public record ReportLabels(Map<String, String> texts) {
  static final String FIGURE = "report.figure.";

  /** Every key the report uses, figures first in the order of {@link Figures}. */
  public static final List<String> KEYS =
      Stream.concat(
              figureNames().stream().map(name -> FIGURE + name),
              Stream.of(
                  "report.sheet.summary",
                  "report.sheet.byUnit",
                  "report.sheet.byCategory",
                  "report.sheet.overdue",
                  "report.summary.unit",
                  "report.summary.period",
                  "report.summary.zone",
                  "report.summary.generatedAt",
                  "report.summary.figure",
                  "report.summary.value",
                  "report.column.key",
                  "report.column.name",
                  "report.overdue.code",
                  "report.overdue.unit",
                  "report.overdue.category",
                  "report.overdue.priority",
                  "report.overdue.state",
                  "report.overdue.filedAt",
                  "report.overdue.dueAt",
                  "report.overdue.minutesLate",
                  "report.overdue.assignee",
                  "report.chart.day",
                  "report.chart.tickets",
                  "report.chart.unit",
                  "report.chart.minutes",
                  "report.chart.median",
                  "report.chart.p90",
                  "report.map.noData"))
          .toList();

  public ReportLabels {
    texts = Map.copyOf(texts);
  }

  /**
   * The labels {@code text} gives for every key, e.g. {@code key -> messages.text(locale, key)}.
   */
  public static ReportLabels from(UnaryOperator<String> text) {
    Map<String, String> texts = new LinkedHashMap<>();
    KEYS.forEach(key -> texts.put(key, text.apply(key)));
    return new ReportLabels(texts);
  }

  /**
   * The text of {@code key}; the key itself when there is none, so a gap shows but breaks nothing.
   */
  public String text(String key) {
    return texts.getOrDefault(key, key);
  }

  /** The label of the figure named {@code name} (a component of {@link Figures}). */
  String figure(String name) {
    return text(FIGURE + name);
  }

  /** The names of the figures, in the order of {@link Figures}. */
  static List<String> figureNames() {
    return Stream.of(Figures.class.getRecordComponents()).map(RecordComponent::getName).toList();
  }
}
