package vn.hotline.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.hotline.config.BotConfig;

class PlaceTypeWordsTest {
  static final PlaceTypeWords WORDS =
      new PlaceTypeWords(BotConfig.load(Path.of("bot-config")).units());

  @Test
  void takesTheTypeWordOffANameWrittenInFullOrShort() {
    assertThat(WORDS.withoutTypeWord("Thị trấn Tân Phú")).isEqualTo("tan phu");
    assertThat(WORDS.withoutTypeWord("tt. Tân Phú")).isEqualTo("tan phu");
    assertThat(WORDS.withoutTypeWord("xã Tân Lập")).isEqualTo("tan lap");
    assertThat(WORDS.withoutTypeWord("P Tân Bình")).isEqualTo("tan binh");
  }

  @Test
  void leavesANameWithoutTypeWordAsItIsFolded() {
    assertThat(WORDS.withoutTypeWord("Phước Bình")).isEqualTo("phuoc binh");
  }

  @Test
  void givesTheSyllablesOfTypeVillageAndLocativeWords() {
    assertThat(WORDS.syllables())
        .contains("xa", "phuong", "thi", "tran", "tt", "huyen", "tinh", "ap", "thon", "o", "tai")
        .doesNotContain("tan", "phu");
  }
}
