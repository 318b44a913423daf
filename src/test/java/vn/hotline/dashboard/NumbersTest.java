package vn.hotline.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumbersTest {
  static final Map<String, String> WORDS =
      Map.of(
          "dashboard.duration.seconds", "{0} s",
          "dashboard.duration.minutes", "{0} min",
          "dashboard.duration.hours", "{0} h {1} min",
          "dashboard.duration.days", "{0} d {1} h");
  final Numbers numbers =
      new Numbers(
          Locale.forLanguageTag("vi"), (key, args) -> MessageFormat.format(WORDS.get(key), args));

  @Test
  void timesReadInTheLargestUnitThatKeepsThemShort() {
    assertThat(numbers.duration(45L)).isEqualTo("45 s");
    assertThat(numbers.duration(12 * 60L + 20)).isEqualTo("12 min");
    assertThat(numbers.duration(3 * 3600L + 20 * 60)).isEqualTo("3 h 20 min");
    assertThat(numbers.duration(2 * 86400L + 4 * 3600)).isEqualTo("2 d 4 h");
    assertThat(numbers.duration(null)).isEqualTo(Numbers.NONE);
  }

  @Test
  void countsAreGroupedAsVietnameseWriteThemAndSharesAreWholePercents() {
    assertThat(numbers.count(1_234_567)).isEqualTo("1.234.567");
    assertThat(numbers.percent(87.6)).isEqualTo("88 %");
    assertThat(numbers.percent(null)).isEqualTo(Numbers.NONE);
  }
}
