package vn.hotline.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutboundFileTest {

  @Test
  void filesWithTheSameNameAndBytesAreEqual() {
    OutboundFile one = new OutboundFile("chart.png", new byte[] {1, 2, 3});
    OutboundFile same = new OutboundFile("chart.png", new byte[] {1, 2, 3});
    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(one).isNotEqualTo(new OutboundFile("chart.png", new byte[] {1, 2, 4}));
  }

  @Test
  void refusesAFileOverTenMegabytes() {
    assertThatThrownBy(() -> new OutboundFile("big.xlsx", new byte[OutboundFile.MAX_BYTES + 1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("big.xlsx");
    assertThat(new OutboundFile("ok.xlsx", new byte[OutboundFile.MAX_BYTES]).size())
        .isEqualTo(10 * 1024 * 1024);
  }

  @Test
  void keepsItsBytesAsQueuedWhenTheCallersArrayChanges() {
    byte[] bytes = {7};
    OutboundFile file = new OutboundFile("a.png", bytes);
    bytes[0] = 8;
    file.bytes()[0] = 9;
    assertThat(file.bytes()).containsExactly(7);
  }

  @Test
  void aDocumentNeedsAFile() {
    assertThatThrownBy(
            () ->
                new OutboundMessage(
                    "d", 1, OutboundMessage.Kind.SEND_DOCUMENT, "", null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
