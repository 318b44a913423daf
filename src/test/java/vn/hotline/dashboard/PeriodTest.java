package vn.hotline.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  @Test
  void withoutAChoiceTheLastSevenDaysAreShown() {
    assertThat(Period.parse(null, null, null, TODAY))
        .isEqualTo(
            new Period.Valid(new Period(Period.Choice.WEEK, LocalDate.of(2026, 11, 27), TODAY)));
  }

  @Test
  void thePresetsEndToday() {
    assertThat(valid("today")).isEqualTo(new Period(Period.Choice.TODAY, TODAY, TODAY));
    assertThat(valid("7d").days()).isEqualTo(7);
    assertThat(valid("30d").from()).isEqualTo(LocalDate.of(2026, 11, 4));
    assertThat(valid("30d").to()).isEqualTo(TODAY);
  }

  @Test
  void aCustomPeriodTakesItsTwoDatesAndTravelsInLinks() {
    Period period =
        ((Period.Valid) Period.parse("custom", "2026-01-01", "2026-01-31", TODAY)).period();
    assertThat(period.days()).isEqualTo(31);
    assertThat(period.query()).isEqualTo("period=custom&from=2026-01-01&to=2026-01-31");
    assertThat(valid("7d").query()).isEqualTo("period=7d");
  }

  @Test
  void aMalformedPeriodIsRefusedWithTheReason() {
    assertThat(Period.parse("custom", "2026-02-01", "2026-01-01", TODAY))
        .isEqualTo(new Period.Invalid("dashboard.period.reversed"));
    assertThat(Period.parse("custom", "2024-01-01", "2026-01-01", TODAY))
        .isEqualTo(new Period.Invalid("dashboard.period.tooLong"));
    assertThat(Period.parse("custom", "", "2026-01-01", TODAY))
        .isEqualTo(new Period.Invalid("dashboard.period.badDate"));
    assertThat(Period.parse("custom", "01/02/2026", "2026-03-01", TODAY))
        .isEqualTo(new Period.Invalid("dashboard.period.badDate"));
    assertThat(Period.parse("year", null, null, TODAY))
        .isEqualTo(new Period.Invalid("dashboard.period.unknown"));
  }

  private static Period valid(String choice) {
    return ((Period.Valid) Period.parse(choice, null, null, TODAY)).period();
  }
}
