package vn.hotline.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLimitTest {

  @Test
  void aTextThatFitsLeavesTheMessageAsItIs() {
    OutboundMessage fits =
        message(OutboundMessage.Kind.SEND_TEXT, "Mã <b>PN-4K7Q</b> &amp; cảm ơn");
    assertThat(TextLimit.fit(fits)).isSameAs(fits);
  }

  @Test
  void anHtmlTextIsCutWithItsTagsClosedAndAnAnswerAsPlainText() {
    String html = "<b>" + "y".repeat(5000) + "</b>";
    assertThat(TextLimit.fit(message(OutboundMessage.Kind.SEND_TEXT, html)).text())
        .hasSize(4096)
        .endsWith("y…</b>");
    assertThat(TextLimit.fit(message(OutboundMessage.Kind.ANSWER_CALLBACK, html)).text())
        .hasSize(200)
        .endsWith("y…");
  }

  @Test
  void eachKindHasItsOwnLimit() {
    String longText = "z".repeat(5000);
    assertThat(TextLimit.fit(message(OutboundMessage.Kind.SEND_TEXT, longText)).text())
        .hasSize(4096);
    assertThat(TextLimit.fit(message(OutboundMessage.Kind.EDIT_TEXT, longText)).text())
        .hasSize(4096);
    assertThat(TextLimit.fit(message(OutboundMessage.Kind.SEND_PHOTO, longText)).text())
        .hasSize(1024);
    assertThat(TextLimit.fit(message(OutboundMessage.Kind.ANSWER_CALLBACK, longText)).text())
        .hasSize(200);
    OutboundMessage fits = message(OutboundMessage.Kind.SEND_TEXT, "ok");
    assertThat(TextLimit.fit(fits)).isSameAs(fits);
  }

  @Test
  void aDocumentsCaptionIsCutToTheCaptionLimitAndKeepsItsFile() {
    OutboundFile file = new OutboundFile("bao-cao.xlsx", new byte[] {1, 2, 3});
    OutboundMessage cut = TextLimit.fit(OutboundMessage.document("d1", 1, "z".repeat(5000), file));
    assertThat(cut.text()).hasSize(OutboundMessage.MAX_CAPTION);
    assertThat(cut.file()).isEqualTo(file);
  }

  static OutboundMessage message(OutboundMessage.Kind kind, String text) {
    return new OutboundMessage("m1", 1, kind, text, null, "photo-id", "cb", null);
  }
}
