package vn.hotline.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hotline.sla.SlaFixtures.ZONE;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hotline.category.Priority;

class WorkingCalendarTest {
  static final Set<LocalDate> NATIONAL_DAY =
      Set.of(LocalDate.parse("2021-09-02"), LocalDate.parse("2021-09-03"));

  static final WorkingCalendar WEEKDAYS =
      new WorkingCalendar(
          ZONE,
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
          LocalTime.of(7, 30),
          LocalTime.of(17, 0),
          NATIONAL_DAY);

  static SlaPolicy weekdaysPolicy() {
    return new SlaPolicy(
        SlaFixtures.LIMITS,
        Map.of(),
        Duration.ofDays(3),
        ZONE,
        SlaPolicy.Ladder.DEFAULT,
        SlaPolicy.Ladder.DEFAULT,
        WEEKDAYS);
  }

  static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(ZONE).toInstant();
  }

  @Test
  void workingTimeLeftOnFridayCarriesOverToMonday() {
    assertThat(WEEKDAYS.plus(local("2021-09-10T16:00"), Duration.ofHours(2)))
        .isEqualTo(local("2021-09-13T08:30"));
  }

  @Test
  void holidaysDoNotCount() {
    // Wednesday 1 September; the 2nd and 3rd are National Day holidays, then the weekend.
    assertThat(WEEKDAYS.plus(local("2021-09-01T16:00"), Duration.ofHours(2)))
        .isEqualTo(local("2021-09-06T08:30"));
  }

  @Test
  void timeBeforeOpeningStartsAtOpeningAndADueTimeMayFallAtClosing() {
    assertThat(WEEKDAYS.plus(local("2021-09-13T05:00"), Duration.ofHours(1)))
        .isEqualTo(local("2021-09-13T08:30"));
    assertThat(WEEKDAYS.plus(local("2021-09-13T15:00"), Duration.ofHours(2)))
        .isEqualTo(local("2021-09-13T17:00"));
    assertThat(WEEKDAYS.plus(local("2021-09-11T12:00"), Duration.ofMinutes(30)))
        .as("filed on Saturday")
        .isEqualTo(local("2021-09-13T08:00"));
  }

  @Test
  void seventyTwoWorkingHoursSpanEightWorkingDays() {
    // 9h30 a day: seven full days are 66h30, the remaining 5h30 end at 13:00 on the eighth.
    assertThat(WEEKDAYS.plus(local("2021-09-13T07:30"), Duration.ofHours(72)))
        .isEqualTo(local("2021-09-22T13:00"));
  }

  @Test
  void hoursMayRunToMidnight() {
    WorkingCalendar evenings =
        new WorkingCalendar(
            ZONE,
            EnumSet.allOf(DayOfWeek.class),
            LocalTime.of(18, 0),
            LocalTime.MIDNIGHT,
            Set.of());
    assertThat(evenings.plus(local("2021-09-13T23:00"), Duration.ofHours(2)))
        .isEqualTo(local("2021-09-14T19:00"));
    assertThat(evenings.isAroundTheClock()).isFalse();
  }

  @Test
  void aroundTheClockIsPlainElapsedTime() {
    WorkingCalendar always = WorkingCalendar.aroundTheClock(ZONE);
    assertThat(always.isAroundTheClock()).isTrue();
    assertThat(always.plus(local("2021-09-11T23:00"), Duration.ofHours(72)))
        .isEqualTo(local("2021-09-14T23:00"));
  }

  @Test
  void policyCountsNormalAndHighInWorkingTimeButUrgentAroundTheClock() {
    SlaPolicy policy = weekdaysPolicy();
    Instant fridayEvening = local("2021-09-10T16:30");
    assertThat(policy.acknowledgeBy(fridayEvening, "OTHER", Priority.NORMAL))
        .isEqualTo(local("2021-09-13T09:00"));
    assertThat(policy.acknowledgeBy(fridayEvening, "OTHER", Priority.HIGH))
        .isEqualTo(local("2021-09-10T17:00"));
    assertThat(policy.resolveBy(fridayEvening, "OTHER", Priority.HIGH))
        .as("24 working hours: 30m Friday, 9h30 Monday and Tuesday, 4h30 Wednesday")
        .isEqualTo(local("2021-09-15T12:00"));
    assertThat(policy.acknowledgeBy(fridayEvening, "OTHER", Priority.URGENT))
        .isEqualTo(local("2021-09-10T16:35"));
    assertThat(policy.resolveBy(fridayEvening, "OTHER", Priority.URGENT))
        .isEqualTo(local("2021-09-10T17:30"));
  }

  @Test
  void ladderMultipliersDoubleTheLastPastTheList() {
    assertThat(SlaPolicy.Ladder.DEFAULT.multiplier(0)).isEqualTo(1.0);
    assertThat(SlaPolicy.Ladder.DEFAULT.multiplier(2)).isEqualTo(4.0);
    assertThat(SlaPolicy.Ladder.DEFAULT.multiplier(3)).isEqualTo(8.0);
    assertThat(SlaPolicy.Ladder.DEFAULT.multiplier(4)).isEqualTo(16.0);
  }
}
