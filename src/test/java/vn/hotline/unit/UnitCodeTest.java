package vn.hotline.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnitCodeTest {

  @Test
  void printsAsTheBareCodeSoTextsAndKeysStayTheSame() {
    UnitCode village = new UnitCode("25267-04");

    assertThat(village.toString()).isEqualTo("25267-04");
    assertThat("p:" + village).isEqualTo("p:25267-04");
  }

  @Test
  void refusesABlankCode() {
    assertThatThrownBy(() -> new UnitCode(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new UnitCode(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void parsesTextAndGivesNothingForBlankOrMissingText() {
    assertThat(UnitCode.parse("691")).contains(new UnitCode("691"));
    assertThat(UnitCode.parse("")).isEmpty();
    assertThat(UnitCode.parse("  ")).isEmpty();
    assertThat(UnitCode.parse(null)).isEmpty();
  }
}
