package vn.hotline.report;

import java.util.Locale;
import java.util.Optional;

/** How the rows of a statistics answer are split. */
public enum Split {
  /** One row per unit directly below the unit asked about (each with everything below it). */
  UNIT,
  CATEGORY,
  PRIORITY,
  /** One row per local date of the period. */
  DAY;

  /** The split named {@code text} in any case ({@code unit}, {@code category}, ...). */
  public static Optional<Split> parse(String text) {
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
