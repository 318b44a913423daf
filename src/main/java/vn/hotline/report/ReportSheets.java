package vn.hotline.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the report's spreadsheet holds, the same at every level (commune, district, province).
 *
 * @param byUnit the unit's figures split by the units below it (its total is the summary); a
 *     commune has no rows
 * @param byCategory the same tickets split by category
 * @param overdue the open tickets past their due time, most late first as the caller orders them
 * @param generatedAt when the report was made
 * @param labels the texts of sheet names and headers, in the reader's language
 */
public record ReportSheets(
    StatsResult byUnit,
    StatsResult byCategory,
    List<OverdueTicket> overdue,
    Instant generatedAt,
    ReportLabels labels) {

  public ReportSheets {
    Objects.requireNonNull(byUnit, "byUnit");
    Objects.requireNonNull(byCategory, "byCategory");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(labels, "labels");
    overdue = List.copyOf(overdue);
  }

  /**
   * One overdue ticket as a supervisor reads it. It names the officer who holds it, never who
   * reported it.
   *
   * @param unitName the unit whose queue it is in
   * @param categoryName the category as readers read it
   * @param priority the priority as readers read it
   * @param state the state as readers read it
   * @param assigneeName the officer working on it, or empty when nobody has claimed it
   */
  public record OverdueTicket(
      String code,
      String unitName,
      String categoryName,
      String priority,
      String state,
      Instant filedAt,
      Instant dueAt,
      long minutesLate,
      String assigneeName) {
    public OverdueTicket {
      assigneeName = assigneeName == null ? "" : assigneeName;
    }
  }
}
