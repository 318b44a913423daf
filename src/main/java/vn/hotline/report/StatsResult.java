package vn.hotline.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.hotline.unit.UnitCode;

/**
 * The answer to a {@link StatsQuery}: the figures of the whole unit and one row per key of the
 * split.
 *
 * @param unitCode the unit asked about
 * @param unitName its full name
 * @param rows in the split's natural order (units by name, categories and priorities in their
 *     configured order, days ascending); a split value with no tickets still has its row
 */
public record StatsResult(
    UnitCode unitCode,
    String unitName,
    LocalDate from,
    LocalDate to,
    ZoneId zone,
    Split by,
    Figures total,
    List<Row> rows) {

  public StatsResult {
    rows = List.copyOf(rows);
  }

  /**
   * One row: {@code key} is the unit code, category code, priority name or ISO date; {@code name}
   * is how a person reads it.
   */
  public record Row(String key, String name, Figures figures) {}
}
