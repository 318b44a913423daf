package vn.hotline.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLimitTest {

  @Test
  void aTextWithinTheLimitIsLeftAlone() {
    String text = "Mã phản ánh <b>PN-4K7Q</b> &amp; cảm ơn";
    assertThat(TextLimit.html(text, 4096)).isSameAs(text);
  }

  @Test
  void aLongTextIsCutToTheLimitWithAnEllipsis() {
    String cut = TextLimit.html("a".repeat(5000), 4096);
    assertThat(cut).hasSize(4096).endsWith("a…");
  }

  @Test
  void anEntityIsNeverCutInHalf() {
    String text = "x".repeat(4090) + "&amp;&lt;yyyyyyyyy";
    String cut = TextLimit.html(text, 4096);
    assertThat(cut).hasSizeLessThanOrEqualTo(4096).endsWith("&amp;…");
  }

  @Test
  void aTagIsNeverCutAndOpenTagsAreClosed() {
    String text = "<b>" + "đ".repeat(4085) + "<a href=\"https://t.me/x\">link text</a> tail</b>";
    String cut = TextLimit.html(text, 4096);
    assertThat(cut).hasSizeLessThanOrEqualTo(4096).endsWith("…</b>").doesNotContain("<a");
  }

  @Test
  void nestedTagsOpenAtTheCutAreClosedInsideOut() {
    String text = "<b><i>" + "y".repeat(200) + "</i></b>";
    assertThat(TextLimit.html(text, 60)).hasSizeLessThanOrEqualTo(60).endsWith("y…</i></b>");
  }

  @Test
  void aSurrogatePairIsNeverSplit() {
    String text = "😷".repeat(3000);
    String html = TextLimit.html(text, 4096);
    String plain = TextLimit.plain(text, 200);
    assertThat(html).hasSizeLessThanOrEqualTo(4096).endsWith("😷…");
    assertThat(plain).hasSizeLessThanOrEqualTo(200).endsWith("😷…");
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
