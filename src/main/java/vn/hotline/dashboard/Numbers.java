package vn.hotline.dashboard;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Figures as a reader expects them in their language: counts grouped ({@code 1.234} in Vietnamese),
 * shares as whole percents, times in the largest units that keep them short.
 */
final class Numbers {
  static final String NONE = "–";

  private final Locale locale;
  private final Words say;

  /**
   * @param say the words of the viewer's language, by message key
   */
  Numbers(Locale locale, Words say) {
    this.locale = locale;
    this.say = say;
  }

  String count(long count) {
    return NumberFormat.getIntegerInstance(locale).format(count);
  }

  String percent(Double percent) {
    return percent == null ? NONE : Math.round(percent) + " %";
  }

  /** A time in seconds: "45 s", "12 min", "3 h 20 min", "2 d 4 h"; a dash for none. */
  String duration(Long seconds) {
    if (seconds == null) {
      return NONE;
    }
    long s = Math.max(0, seconds);
    if (s < 60) {
      return say.t("dashboard.duration.seconds", s);
    }
    long minutes = Math.round(s / 60.0);
    if (minutes < 60) {
      return say.t("dashboard.duration.minutes", minutes);
    }
    if (minutes < 24 * 60) {
      return say.t("dashboard.duration.hours", minutes / 60, minutes % 60);
    }
    long hours = Math.round(minutes / 60.0);
    return say.t("dashboard.duration.days", hours / 24, hours % 24);
  }

  /** A value of a map figure as the map's labels show it. */
  String of(MapFigure figure, Double value) {
    if (value == null) {
      return NONE;
    }
    return switch (figure.kind()) {
      case PERCENT -> percent(value);
      case COUNT -> count(Math.round(value));
      case SECONDS -> duration(Math.round(value));
    };
  }
}
