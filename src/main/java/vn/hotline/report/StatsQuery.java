package vn.hotline.report;

import java.time.LocalDate;
import java.util.Objects;
import vn.hotline.unit.UnitCode;

/**
 * A question for the statistics: the tickets received in a unit and everything below it, over a
 * period of local dates (in the SLA time zone, both ends included), split one way.
 */
public record StatsQuery(UnitCode unitCode, LocalDate from, LocalDate to, Split by) {
  public StatsQuery {
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(by, "by");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends before it starts");
    }
  }
}
