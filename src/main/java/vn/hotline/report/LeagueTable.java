package vn.hotline.report;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Ranks the units of a by-unit answer: the highest share acknowledged within the SLA first, then
 * the quickest median acknowledgement, then by name; a unit with nothing to measure goes last.
 */
public final class LeagueTable {
  private static final Comparator<StatsResult.Row> ORDER =
      Comparator.comparing(
              (StatsResult.Row row) -> row.figures().ackWithinSlaPct(),
              Comparator.nullsLast(Comparator.<Double>reverseOrder()))
          .thenComparing(
              row -> row.figures().ackMedianSeconds(),
              Comparator.nullsLast(Comparator.<Long>naturalOrder()))
          .thenComparing(StatsResult.Row::name, Collator.getInstance(Locale.forLanguageTag("vi")));

  private LeagueTable() {}

  /** The rows, best first. */
  public static List<StatsResult.Row> rank(List<StatsResult.Row> rows) {
    return rows.stream().sorted(ORDER).toList();
  }

  /** The rows of a by-unit answer, best first. */
  public static List<StatsResult.Row> rank(StatsResult byUnit) {
    return rank(byUnit.rows());
  }
}
