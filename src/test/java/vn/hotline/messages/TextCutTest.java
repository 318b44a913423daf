package vn.hotline.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCutTest {

  @Test
  void aTextWithinTheLimitIsLeftAlone() {
    String html = "Mã phản ánh <b>PN-4K7Q</b> &amp; cảm ơn";
    String plain = "Cảm ơn ông bà 😷";
    assertThat(TextCut.html(html, 4096)).isSameAs(html);
    assertThat(TextCut.plain(plain, 200)).isSameAs(plain);
  }

  @Test
  void aTextOfExactlyTheLimitIsLeftAloneAndOneMoreIsCutToIt() {
    String exact = "<b>" + "a".repeat(93) + "</b>";
    assertThat(exact).hasSize(100);
    assertThat(TextCut.html(exact, 100)).isSameAs(exact);
    assertThat(TextCut.plain("a".repeat(100), 100)).hasSize(100).doesNotContain("…");

    assertThat(TextCut.html(exact + "b", 100)).hasSize(100).endsWith("a…</b>");
    assertThat(TextCut.plain("a".repeat(101), 100)).hasSize(100).endsWith("a…");
  }

  @Test
  void aLongTextIsCutToTheLimitWithAnEllipsis() {
    String cut = TextCut.html("a".repeat(5000), 4096);
    assertThat(cut).hasSize(4096).endsWith("a…");
  }

  @Test
  void anEntityIsNeverCutInHalf() {
    String text = "x".repeat(4090) + "&amp;&lt;yyyyyyyyy";
    String cut = TextCut.html(text, 4096);
    assertThat(cut).hasSizeLessThanOrEqualTo(4096).endsWith("&amp;…");
  }

  @Test
  void anEntityThatWouldNotFitIsLeftOutWhole() {
    String cut = TextCut.html("abc&quot;def", 6);
    assertThat(cut).isEqualTo("abc…");
  }

  @Test
  void aTagIsNeverCutAndOpenTagsAreClosed() {
    String text = "<b>" + "đ".repeat(4085) + "<a href=\"https://t.me/x\">link text</a> tail</b>";
    String cut = TextCut.html(text, 4096);
    assertThat(cut).hasSizeLessThanOrEqualTo(4096).endsWith("…</b>").doesNotContain("<a");
  }

  @Test
  void anOpenLinkIsClosedAtTheCut() {
    String text = "<a href=\"https://t.me/x\">" + "l".repeat(100) + "</a>";
    String cut = TextCut.html(text, 60);
    assertThat(cut).hasSizeLessThanOrEqualTo(60).startsWith("<a href=").endsWith("l…</a>");
  }

  @Test
  void nestedTagsOpenAtTheCutAreClosedInsideOut() {
    String text = "<b><i>" + "y".repeat(200) + "</i></b>";
    assertThat(TextCut.html(text, 60)).hasSizeLessThanOrEqualTo(60).endsWith("y…</i></b>");
  }

  @Test
  void tagsClosedBeforeTheCutAreNotClosedAgain() {
    String text = "<b>Mã</b> <i>PN-4K7Q</i> " + "z".repeat(100);
    assertThat(TextCut.html(text, 40))
        .hasSize(40)
        .startsWith("<b>Mã</b> <i>PN-4K7Q</i> ")
        .endsWith("z…");
  }

  @Test
  void aSurrogatePairIsNeverSplit() {
    String text = "😷".repeat(3000);
    String html = TextCut.html(text, 4096);
    String plain = TextCut.plain(text, 200);
    assertThat(html).hasSizeLessThanOrEqualTo(4096).endsWith("😷…");
    assertThat(plain).hasSizeLessThanOrEqualTo(200).endsWith("😷…");
    assertThat(TextCut.plain("ab😷cd", 4)).isEqualTo("ab…");
    assertThat(TextCut.html("ab😷cd", 4)).isEqualTo("ab…");
  }

  @Test
  void lengthIsCountedInUtf16UnitsAsTelegramCountsIt() {
    // An emoji outside the Basic Multilingual Plane is two units for Telegram, not one.
    String text = "😷".repeat(60);
    assertThat(TextCut.plain(text, 100)).hasSize(99);
    assertThat(TextCut.plain(text, 120)).isSameAs(text);
  }

  @Test
  void noTextIsAnEmptyOne() {
    assertThat(TextCut.plain(null, 10)).isEmpty();
    assertThat(TextCut.html(null, 10)).isEmpty();
  }
}
