package vn.hotline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AskingTest {

  @Test
  void aNoticeOnAButtonIsPlainTextWithoutTagsOrEntities() {
    assertThat(Asking.notice("Phiếu <b>PN-4K7Q</b> &amp; <i>đã nhận</i>"))
        .isEqualTo("Phiếu PN-4K7Q & đã nhận");
  }

  @Test
  void aLongNoticeIsCutWithinTheButtonsLimitWithoutSplittingAnEmoji() {
    String notice = Asking.notice("<b>" + "😷".repeat(150) + "</b>");
    assertThat(notice).hasSizeLessThanOrEqualTo(190).endsWith("😷…");
  }
}
