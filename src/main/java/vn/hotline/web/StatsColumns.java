package vn.hotline.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hotline.report.Figures;
import vn.hotline.report.StatsResult;

/**
 * The fields of a statistics answer, named once for JSON, CSV and XLSX. An export's first row is
 * the total, with the key {@code total} and the unit's name; the rows of the split follow.
 */
public final class StatsColumns {
  static final String TOTAL_KEY = "total";

  static final List<Column<Figures>> FIGURES =
      List.of(
          new Column<>("received", Figures::received),
          new Column<>("acknowledged", Figures::acknowledged),
          new Column<>("resolved", Figures::resolved),
          new Column<>("closed", Figures::closed),
          new Column<>("rejected", Figures::rejected),
          new Column<>("duplicates", Figures::duplicates),
          new Column<>("openNow", Figures::openNow),
          new Column<>("overdueNow", Figures::overdueNow),
          new Column<>("ackWithinSla", Figures::ackWithinSla),
          new Column<>("ackWithinSlaPct", Figures::ackWithinSlaPct),
          new Column<>("resolvedWithinSla", Figures::resolvedWithinSla),
          new Column<>("resolvedWithinSlaPct", Figures::resolvedWithinSlaPct),
          new Column<>("ackMedianSeconds", Figures::ackMedianSeconds),
          new Column<>("ackP90Seconds", Figures::ackP90Seconds),
          new Column<>("resolveMedianSeconds", Figures::resolveMedianSeconds),
          new Column<>("resolveP90Seconds", Figures::resolveP90Seconds),
          new Column<>("escalated", Figures::escalated),
          new Column<>("reopened", Figures::reopened),
          new Column<>("confirmed", Figures::confirmed),
          new Column<>("notSolved", Figures::notSolved));

  static final List<Column<StatsResult.Row>> ROW = rowColumns();

  private StatsColumns() {}

  private static List<Column<StatsResult.Row>> rowColumns() {
    List<Column<StatsResult.Row>> columns = new ArrayList<>();
    columns.add(new Column<>("key", StatsResult.Row::key));
    columns.add(new Column<>("name", StatsResult.Row::name));
    for (Column<Figures> figure : FIGURES) {
      columns.add(new Column<>(figure.name(), row -> figure.value().apply(row.figures())));
    }
    return List.copyOf(columns);
  }

  /** The rows of the split under {@link #ROW}. */
  static Table rows(StatsResult result) {
    return Table.of(ROW, result.rows());
  }

  /** The total, then the rows of the split: what the exports write. */
  public static Table export(StatsResult result) {
    List<StatsResult.Row> rows = new ArrayList<>();
    rows.add(new StatsResult.Row(TOTAL_KEY, result.unitName(), result.total()));
    rows.addAll(result.rows());
    return Table.of(ROW, rows);
  }

  /** The total as a JSON object of the figures alone. */
  static Map<String, Object> total(Figures figures) {
    Map<String, Object> total = new LinkedHashMap<>();
    for (Column<Figures> column : FIGURES) {
      total.put(column.name(), column.value().apply(figures));
    }
    return total;
  }
}
