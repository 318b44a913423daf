package vn.hotline.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hotline.messages.Messages;
import vn.hotline.notify.OutboundMessage;

class RepliesTest {
  private final Replies replies = new Replies(Messages.of(Map.of(), Map.of()), 7, 42, "vi");

  @Test
  void aLongReplyIsCutToTelegramsLimitWithoutSplittingATagAndWithItsTagsClosed() {
    String html =
        "<b>Phiếu của ông bà</b>\n<i>"
            + "đ".repeat(4070)
            + "</i><a href=\"https://t.me/x\">xem</a>";
    replies.send(html, null);
    String sent = replies.messages().getFirst().text();
    assertThat(sent)
        .hasSizeLessThanOrEqualTo(OutboundMessage.MAX_TEXT)
        .startsWith("<b>Phiếu của ông bà</b>\n<i>đđ")
        .endsWith("đ…</i>")
        .doesNotContain("<a");
  }

  @Test
  void aReplyWithinTheLimitIsSentAsItIs() {
    String html = "<b>PN-4K7Q</b> &amp; " + "đ".repeat(100);
    replies.send(html, null);
    assertThat(replies.messages().getFirst().text()).isEqualTo(html);
  }
}
