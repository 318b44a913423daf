package vn.hotline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoHtmlTest {

  @Test
  void theTagsTelegramRendersAreKept() {
    assertThat(DemoHtml.safe("<b>PN-0001</b> <i>x</i> <u>y</u> <s>z</s> <code>c</code>"))
        .isEqualTo("<b>PN-0001</b> <i>x</i> <u>y</u> <s>z</s> <code>c</code>");
    assertThat(DemoHtml.safe("<blockquote>q</blockquote><pre>p</pre>"))
        .isEqualTo("<blockquote>q</blockquote><pre>p</pre>");
  }

  @Test
  void scriptsHandlersAndOtherTagsAreShownAsText() {
    assertThat(DemoHtml.safe("<script>alert(1)</script>"))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(DemoHtml.safe("<b onclick=\"x()\">a</b>"))
        .isEqualTo("&lt;b onclick=&quot;x()&quot;&gt;a&lt;/b&gt;");
    assertThat(DemoHtml.safe("<img src=x onerror=alert(1)>"))
        .isEqualTo("&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void onlyLinksToHttpOrHttpsKeepTheirAddressOthersOnlyTheirText() {
    assertThat(DemoHtml.safe("<a href=\"https://hotline.test/?a=1&amp;b=2\">t</a>"))
        .isEqualTo(
            "<a href=\"https://hotline.test/?a=1&amp;b=2\" rel=\"noopener noreferrer\">t</a>");
    assertThat(DemoHtml.safe("<a href=\"https://hotline.test/?a=1&b=2\">t</a>"))
        .startsWith("<a href=\"https://hotline.test/?a=1&amp;b=2\"");
    assertThat(DemoHtml.safe("<a href=\"javascript:alert(1)\">t</a>")).isEqualTo("t");
    assertThat(DemoHtml.safe("<a href=\"tg://user?id=100001\">Nguyễn <b>Văn</b> An</a> (09)"))
        .isEqualTo("Nguyễn <b>Văn</b> An (09)");
    assertThat(DemoHtml.safe("<a href=\"https://x.test\" onclick=\"y()\">t</a>"))
        .startsWith("&lt;a href=");
  }

  @Test
  void entitiesStayAndStrayCharactersAreEscaped() {
    assertThat(DemoHtml.safe("a &lt;b&gt; &amp; c & d > e \"f\" 'g'"))
        .isEqualTo("a &lt;b&gt; &amp; c &amp; d &gt; e &quot;f&quot; &#39;g&#39;");
  }

  @Test
  void tagsLeftOpenAreClosedAndStrayClosingTagsAreText() {
    assertThat(DemoHtml.safe("<b>bold <i>both")).isEqualTo("<b>bold <i>both</i></b>");
    assertThat(DemoHtml.safe("<b>a <i>b</b> c")).isEqualTo("<b>a <i>b</i></b> c");
    assertThat(DemoHtml.safe("x</b>")).isEqualTo("x&lt;/b&gt;");
  }
}
