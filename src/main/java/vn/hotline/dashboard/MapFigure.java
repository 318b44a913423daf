package vn.hotline.dashboard;

import java.util.Optional;
import java.util.function.Function;
import vn.hotline.report.Figures;

/** The figures the province map can be shaded by; the picker names them by their field. */
public enum MapFigure {
  ACK_WITHIN_SLA_PCT("ackWithinSlaPct", Kind.PERCENT, Figures::ackWithinSlaPct),
  RECEIVED("received", Kind.COUNT, f -> (double) f.received()),
  OPEN_NOW("openNow", Kind.COUNT, f -> (double) f.openNow()),
  OVERDUE_NOW("overdueNow", Kind.COUNT, f -> (double) f.overdueNow()),
  ACK_MEDIAN("ackMedianSeconds", Kind.SECONDS, f -> seconds(f.ackMedianSeconds()));

  /** How a figure reads and is shaded: a share on a fixed scale, or an amount up to the largest. */
  enum Kind {
    PERCENT,
    COUNT,
    SECONDS
  }

  private final String field;
  private final Kind kind;
  private final Function<Figures, Double> value;

  MapFigure(String field, Kind kind, Function<Figures, Double> value) {
    this.field = field;
    this.kind = kind;
    this.value = value;
  }

  /** The figure named {@code field}; the share within the SLA when none or an unknown one is. */
  static MapFigure parse(String field) {
    for (MapFigure figure : values()) {
      if (figure.field.equals(field)) {
        return figure;
      }
    }
    return ACK_WITHIN_SLA_PCT;
  }

  public String field() {
    return field;
  }

  public String labelKey() {
    return "dashboard.figure." + field;
  }

  Kind kind() {
    return kind;
  }

  /** The figure's value, or empty when there is nothing to measure. */
  Optional<Double> of(Figures figures) {
    return Optional.ofNullable(value.apply(figures));
  }

  private static Double seconds(Long seconds) {
    return seconds == null ? null : seconds.doubleValue();
  }
}
