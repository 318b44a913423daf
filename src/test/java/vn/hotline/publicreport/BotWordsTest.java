package vn.hotline.publicreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.hotline.config.BotConfig;
import vn.hotline.messages.Messages;

class BotWordsTest {
  static final BotWords WORDS = new BotWords(BotConfig.load(Path.of("bot-config")).messages());

  @Test
  void theExamplesAreTheItalicLinesOfTheBotsGreetingInEachLanguage() {
    assertThat(WORDS.examples(Messages.VIETNAMESE))
        .containsExactly(
            "Chợ tự phát ở ấp 4 xã Phú Nghĩa họp từ sáng, rất đông người",
            "Nhà tôi ở phường Tân Bình hết gạo 3 ngày nay, có 2 cháu nhỏ");
    assertThat(WORDS.examples(Messages.ENGLISH)).hasSize(2).allMatch(e -> !e.contains("<"));
  }

  @Test
  void the115AdviceIsTheBotsWordsAsPlainText() {
    assertThat(WORDS.call115(Messages.VIETNAMESE))
        .startsWith("🚑 Nếu có người khó thở")
        .contains("gọi ngay 115.")
        .doesNotContain("<b>");
  }

  @Test
  void entitiesBecomeTheirCharactersForThePageToEscapeOnce() {
    assertThat(BotWords.plain("<b>a &lt;b&gt; &amp; &quot;c&quot;</b>")).isEqualTo("a <b> & \"c\"");
  }
}
