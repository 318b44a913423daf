package vn.hotline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.category.Categories;
import vn.hotline.sla.SlaPolicy;
import vn.hotline.sla.WorkingCalendar;

class SlaFileTest {
  static final Path SHIPPED = Path.of("bot-config");
  static final Categories CATEGORIES = BotConfig.load(SHIPPED).categories();

  static final String BASE =
      """
      time_zone: Asia/Ho_Chi_Minh
      priorities:
        URGENT: {acknowledge: 5m, resolve: 60m}
        HIGH:   {acknowledge: 30m, resolve: 24h}
        NORMAL: {acknowledge: 2h, resolve: 72h}
      close_resolved_after: 3d
      """;

  @TempDir Path dir;

  @BeforeEach
  void noFileYet() throws IOException {
    Files.deleteIfExists(dir.resolve(SlaFile.NAME));
  }

  SlaPolicy read(String extra) throws IOException {
    Files.writeString(dir.resolve(SlaFile.NAME), BASE + extra);
    return SlaFile.read(dir, CATEGORIES);
  }

  @Test
  void shippedFileClimbsAtOneTwoAndFourTimesAroundTheClock() {
    SlaPolicy sla = SlaFile.read(SHIPPED, CATEGORIES);
    assertThat(sla.acknowledgeLadder().multipliers()).containsExactly(1.0, 2.0, 4.0);
    assertThat(sla.resolveLadder().multipliers()).containsExactly(1.0, 2.0, 4.0);
    assertThat(sla.calendar().isAroundTheClock()).isTrue();
  }

  @Test
  void absentLaddersAndCalendarFallBackToTheDefaults() throws IOException {
    SlaPolicy sla = read("");
    assertThat(sla.acknowledgeLadder()).isEqualTo(SlaPolicy.Ladder.DEFAULT);
    assertThat(sla.resolveLadder()).isEqualTo(SlaPolicy.Ladder.DEFAULT);
    assertThat(sla.calendar()).isEqualTo(WorkingCalendar.aroundTheClock(sla.zone()));
  }

  @Test
  void laddersAndCalendarAreReadAsWritten() throws IOException {
    SlaPolicy sla =
        read(
            """
            escalate_at:
              acknowledge: [1, 1.5, 3]
              resolve: [2]
            calendar:
              working_days: [MON, TUE, WED, THU, FRI, SAT]
              hours: "07:30-17:00"
              holidays: [2021-09-02, 2021-09-03]
            """);
    assertThat(sla.acknowledgeLadder().multipliers()).containsExactly(1.0, 1.5, 3.0);
    assertThat(sla.resolveLadder().multipliers()).containsExactly(2.0);
    WorkingCalendar calendar = sla.calendar();
    assertThat(calendar.workingDays()).hasSize(6).doesNotContain(DayOfWeek.SUNDAY);
    assertThat(calendar.start()).isEqualTo(LocalTime.of(7, 30));
    assertThat(calendar.end()).isEqualTo(LocalTime.of(17, 0));
    assertThat(calendar.holidays())
        .containsExactlyInAnyOrder(LocalDate.of(2021, 9, 2), LocalDate.of(2021, 9, 3));
    assertThat(calendar.zone()).isEqualTo(sla.zone());
  }

  @Test
  void hoursMayEndAtMidnight() throws IOException {
    SlaPolicy sla = read("calendar: {working_days: [SAT, SUN], hours: \"18:00-24:00\"}\n");
    assertThat(sla.calendar().end()).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(sla.calendar().holidays()).isEmpty();
  }

  @Test
  void badLaddersAreRefusedNamingTheLine() throws IOException {
    for (String ladder : List.of("[1, 0, 4]", "[0, 1]", "[-1]", "[x]", "[]")) {
      int line = BASE.split("\n").length + 2;
      assertThatThrownBy(() -> read("escalate_at:\n  resolve: " + ladder + "\n"))
          .as(ladder)
          .isInstanceOf(ConfigException.class)
          .hasMessageStartingWith("sla.yml:" + line + ": ");
    }
    assertThatThrownBy(() -> read("escalate_at:\n  acknowledge: [1, 2, 2]\n"))
        .hasMessageContaining("larger than the one before");
  }

  @Test
  void badCalendarsAreRefusedNamingTheLine() throws IOException {
    int line = BASE.split("\n").length + 3;
    assertThatThrownBy(() -> read("calendar:\n  working_days: [MON]\n  hours: \"17:00-07:30\"\n"))
        .hasMessage("sla.yml:" + line + ": working hours must start before they end");
    assertThatThrownBy(() -> read("calendar:\n  working_days: [MON]\n  hours: \"7 to 5\"\n"))
        .hasMessageStartingWith("sla.yml:" + line + ": '7 to 5' is not working hours");
    assertThatThrownBy(() -> read("calendar:\n  working_days: [MON]\n  hours: \"25:00-26:00\"\n"))
        .hasMessageStartingWith("sla.yml:" + line + ": '25:00' is not a time of day");
    assertThatThrownBy(() -> read("calendar:\n  working_days: [MOON]\n  hours: \"07:30-17:00\"\n"))
        .hasMessageContaining("'MOON' is not a day of the week");
    assertThatThrownBy(
            () ->
                read(
                    "calendar:\n  working_days: [MON]\n  hours: \"07:30-17:00\"\n"
                        + "  holidays: [2021-02-30]\n"))
        .hasMessageContaining("'2021-02-30' is not a date");
  }
}
