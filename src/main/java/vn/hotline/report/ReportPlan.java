package vn.hotline.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.hotline.unit.UnitLevel;

/**
 * When the directives' reports go out ({@code bot-config/reports.yml}): each entry sends one kind
 * of report to the Command Centre group of every unit at some levels, at a local time, every day or
 * every few days.
 *
 * @param reports the entries
 * @param zone the time zone their times are in (the SLA's)
 * @param lateness how late a report missed while the service was down may still go out
 */
public record ReportPlan(List<Scheduled> reports, ZoneId zone, Duration lateness) {

  /** The six hours of the issue: an evening report sent past midnight would only confuse. */
  public static final Duration DEFAULT_LATENESS = Duration.ofHours(6);

  public ReportPlan {
    reports = List.copyOf(reports);
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(lateness, "lateness");
  }

  /** What a report holds. */
  public enum Kind {
    /** The day's figures, league table, charts, map (province) and spreadsheet. */
    DAILY,
    /** The 06:00 supplementary update: what came in overnight and what is still overdue. */
    MORNING_UPDATE,
    /** The figures of the last few days, as DAILY. */
    PERIODIC
  }

  /**
   * One entry.
   *
   * @param everyDays 1 for every day; n for every n days counted from {@code starting}
   * @param days how many days the report covers, ending on the day it is sent
   */
  public record Scheduled(
      Kind kind, Set<UnitLevel> levels, LocalTime at, int everyDays, int days, LocalDate starting) {
    public Scheduled {
      levels = Set.copyOf(levels);
      if (everyDays < 1 || days < 1) {
        throw new IllegalArgumentException("every_days and days must be at least 1");
      }
    }
  }

  /** A report due: which entry, for which local date, and when it was due. */
  public record Occurrence(Scheduled report, LocalDate date, Instant dueAt) {}

  /**
   * The last occurrence of each entry at or before {@code now}, if it is less than {@link
   * #lateness} old and not before {@code notBefore} (the store's first start: a new deployment
   * sends nothing for the days before it existed).
   */
  public List<Occurrence> due(Instant now, Instant notBefore) {
    List<Occurrence> due = new ArrayList<>();
    LocalDate today = now.atZone(zone).toLocalDate();
    for (Scheduled report : reports) {
      for (LocalDate date = today; !date.isBefore(today.minusDays(report.everyDays())); ) {
        Instant at = ZonedDateTime.of(date, report.at(), zone).toInstant();
        boolean onSchedule =
            ChronoUnit.DAYS.between(report.starting(), date) % report.everyDays() == 0;
        if (onSchedule && !at.isAfter(now)) {
          if (Duration.between(at, now).compareTo(lateness) <= 0 && !at.isBefore(notBefore)) {
            due.add(new Occurrence(report, date, at));
          }
          break;
        }
        date = date.minusDays(1);
      }
    }
    return due;
  }
}
