package vn.hotline.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The days the dashboard shows, local dates in the SLA time zone with both ends included, and how
 * the viewer chose them: the picker's presets end today, a custom period names its two ends.
 */
public record Period(Choice choice, LocalDate from, LocalDate to) {
  /** The longest period one page computes: a year, as the statistics API allows. */
  static final int MAX_DAYS = 366;

  /** The picker's choices, by their value in the address ({@code period=7d}). */
  public enum Choice {
    TODAY("today", 1),
    WEEK("7d", 7),
    MONTH("30d", 30),
    CUSTOM("custom", 0);

    private final String param;
    private final int days;

    Choice(String param, int days) {
      this.param = param;
      this.days = days;
    }

    public String param() {
      return param;
    }

    /** The key of its label in the message files. */
    public String labelKey() {
      return "dashboard.period." + name().toLowerCase(Locale.ROOT);
    }
  }

  /** What the picker gave: a period, or the message key saying why it is not one. */
  sealed interface Picked {}

  record Valid(Period period) implements Picked {}

  record Invalid(String messageKey) implements Picked {}

  /** The default: the last seven days, enough to see a trend, small enough to read at a glance. */
  static Period lastWeek(LocalDate today) {
    return new Period(Choice.WEEK, today.minusDays(Choice.WEEK.days - 1L), today);
  }

  /**
   * The period the picker's parameters name; with none, {@link #lastWeek}. A custom period needs
   * both dates, in order, at most {@link #MAX_DAYS} days long.
   */
  static Picked parse(String choice, String from, String to, LocalDate today) {
    if (blank(choice)) {
      return new Valid(lastWeek(today));
    }
    for (Choice known : Choice.values()) {
      if (known != Choice.CUSTOM && known.param.equals(choice.strip())) {
        return new Valid(new Period(known, today.minusDays(known.days - 1L), today));
      }
    }
    if (!Choice.CUSTOM.param.equals(choice.strip())) {
      return new Invalid("dashboard.period.unknown");
    }
    if (blank(from) || blank(to)) {
      return new Invalid("dashboard.period.badDate");
    }
    try {
      LocalDate start = LocalDate.parse(from.strip());
      LocalDate end = LocalDate.parse(to.strip());
      if (end.isBefore(start)) {
        return new Invalid("dashboard.period.reversed");
      }
      if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
        return new Invalid("dashboard.period.tooLong");
      }
      return new Valid(new Period(Choice.CUSTOM, start, end));
    } catch (DateTimeParseException e) {
      return new Invalid("dashboard.period.badDate");
    }
  }

  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The period as the address's parameters, to carry it through links. */
  public String query() {
    return choice == Choice.CUSTOM
        ? "period=custom&from=" + from + "&to=" + to
        : "period=" + choice.param;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
