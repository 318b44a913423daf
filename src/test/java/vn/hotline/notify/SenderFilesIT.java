package vn.hotline.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hotline.notify.SenderFixture.FAST;
import static vn.hotline.notify.SenderFixture.LAN;
import static vn.hotline.notify.SenderFixture.MINH;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.notify.OutboxQueue.State;
import vn.hotline.telegram.BotApiCall;
import vn.hotline.telegram.FakeUpload;

/**
 * Files the service made (report charts, spreadsheets) go through the outbox like any message:
 * stored, sent once, uploaded by the real TelegramBots client as multipart forms.
 */
class SenderFilesIT {

  @TempDir Path dataDir;
  SenderFixture fixture;

  @BeforeEach
  void open() {
    fixture = new SenderFixture(dataDir);
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void aQueuedPhotoFileAndDocumentReachTelegramOnceWithTheirBytes() {
    OutboundFile chart = new OutboundFile("tickets-per-day.png", noise(200_000, 1));
    OutboundFile workbook = new OutboundFile("bao-cao-2021-08-15.xlsx", noise(50_000, 2));
    fixture.start(FAST);
    fixture.telegram.failNext("sendDocument", 1);
    fixture.outbox.enqueue(
        List.of(
            OutboundMessage.photoFile("daily-chart", LAN, "<b>Phản ánh theo ngày</b>", chart),
            OutboundMessage.document("daily-xlsx", LAN, "Số liệu ngày 15/08", workbook),
            SenderFixture.text("other-chat", MINH, "Xin chào")));

    fixture.awaitState("daily-chart", State.SENT);
    fixture.awaitState("daily-xlsx", State.SENT);

    List<BotApiCall> photos = fixture.telegram.calls("sendPhoto");
    List<BotApiCall> documents =
        fixture.telegram.calls("sendDocument").stream().filter(BotApiCall::ok).toList();
    assertThat(photos).hasSize(1);
    assertThat(documents).hasSize(1);
    assertThat(photos.getFirst().text()).isEqualTo("<b>Phản ánh theo ngày</b>");
    assertThat(photos.getFirst().file("photo"))
        .isEqualTo(new FakeUpload(chart.name(), chart.bytes()));
    assertThat(documents.getFirst().text()).isEqualTo("Số liệu ngày 15/08");
    assertThat(documents.getFirst().file("document"))
        .isEqualTo(new FakeUpload(workbook.name(), workbook.bytes()));
    assertThat(fixture.telegram.sentTo(LAN))
        .extracting(call -> call.method().toLowerCase(Locale.ROOT))
        .containsExactly("sendphoto", "senddocument");
  }

  // Every byte value, in an order no encoding mistake would keep.
  private static byte[] noise(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }
}
