package vn.hotline.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a {@link Figures} as a list, in the order of its components (the order of {@link
 * ReportLabels#figureNames()}), so that a table gets a column for every figure, new ones included.
 */
final class FigureValues {
  private FigureValues() {}

  /** Each figure: a {@code Long}, a {@code Double}, or {@code null} for nothing to count. */
  static List<Number> of(Figures figures) {
    List<Number> values = new ArrayList<>();
    for (RecordComponent component : Figures.class.getRecordComponents()) {
      try {
        values.add((Number) component.getAccessor().invoke(figures));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read figure " + component.getName(), e);
      }
    }
    return values;
  }
}
