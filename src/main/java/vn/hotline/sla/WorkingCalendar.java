package vn.hotline.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When a Command Centre counts as working, for limits that count working time only.
 *
 * @param zone where the days and hours are read
 * @param workingDays the days of the week with working hours; never empty
 * @param start when a working day starts
 * @param end when it ends; {@link LocalTime#MIDNIGHT} means the end of the day (24:00)
 * @param holidays days without working hours even when they fall on a working day
 */
public record WorkingCalendar(
    ZoneId zone,
    Set<DayOfWeek> workingDays,
    LocalTime start,
    LocalTime end,
    Set<LocalDate> holidays) {

  public WorkingCalendar {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (workingDays.isEmpty()) {
      throw new IllegalArgumentException("a calendar needs at least one working day");
    }
    if (!end.equals(LocalTime.MIDNIGHT) && !start.isBefore(end)) {
      throw new IllegalArgumentException("working hours must start before they end");
    }
    workingDays = Set.copyOf(workingDays);
    holidays = Set.copyOf(holidays);
  }

  /** Every hour of every day: how the Command Centres worked during the outbreak. */
  public static WorkingCalendar aroundTheClock(ZoneId zone) {
    return new WorkingCalendar(
        zone, EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, Set.of());
  }

  /** Whether every moment counts, so that working time is plain elapsed time. */
  public boolean isAroundTheClock() {
    return workingDays.size() == DayOfWeek.values().length
        && holidays.isEmpty()
        && start.equals(LocalTime.MIDNIGHT)
        && end.equals(LocalTime.MIDNIGHT);
  }

  /**
   * The moment {@code workingTime} of working time after {@code from}: time outside working hours,
   * on days off and on holidays does not count. Walks one working day at a time, so 72 hours of
   * working time take a dozen steps.
   */
  public Instant plus(Instant from, Duration workingTime) {
    if (isAroundTheClock() || workingTime.isZero() || workingTime.isNegative()) {
      return from.plus(workingTime);
    }
    Duration left = workingTime;
    Instant cursor = from;
    LocalDate day = from.atZone(zone).toLocalDate();
    while (true) {
      if (isWorkingDay(day)) {
        Instant opens = day.atTime(start).atZone(zone).toInstant();
        Instant closes = closingOf(day);
        Instant begin = cursor.isAfter(opens) ? cursor : opens;
        if (begin.isBefore(closes)) {
          Duration available = Duration.between(begin, closes);
          if (left.compareTo(available) <= 0) {
            return begin.plus(left);
          }
          left = left.minus(available);
        }
      }
      day = day.plusDays(1);
      cursor = day.atStartOfDay(zone).toInstant();
    }
  }

  private boolean isWorkingDay(LocalDate day) {
    return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }

  private Instant closingOf(LocalDate day) {
    ZonedDateTime closing =
        end.equals(LocalTime.MIDNIGHT)
            ? day.plusDays(1).atStartOfDay(zone)
            : day.atTime(end).atZone(zone);
    return closing.toInstant();
  }
}
