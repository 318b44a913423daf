package vn.hotline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.category.Priority;
import vn.hotline.config.BotConfig;
import vn.hotline.config.ReportsFile;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.testing.SettableClock;
import vn.hotline.ticket.Drafts;

/**
 * The directives' reports on schedule, with a clock the test moves: the communes' day at 16:00,
 * districts and province at 17:00 (with the periodic report every third day), the update at 06:00;
 * each once per group, whatever the number of runs, and made of a summary, charts, the province map
 * and a spreadsheet that opens.
 */
class ScheduledReportsIT {
  static final BotConfig CONFIG = DeskFixture.CONFIG;
  static final long PHU_NGHIA = -1000025267L;
  static final long BU_GIA_MAP = -1000000691L;
  static final long PROVINCE = -1000000070L;
  // 15:30 in Bình Phước (UTC+7) on 10 September 2021, nine days after the periodic reports' start.
  static final Instant START = Instant.parse("2021-09-10T08:30:00Z");

  @TempDir Path dataDir;
  final SettableClock clock = new SettableClock(START);
  DeskFixture desk;
  RecordingOutbox outbox;
  ScheduledReports reports;

  @BeforeEach
  void open() {
    desk = new DeskFixture(dataDir, clock);
    outbox = desk.outbox;
    desk.tickets.file(
        Drafts.draft("25267", Priority.NORMAL, START.minusSeconds(3600), "Chợ tự phát"));
    desk.tickets.file(Drafts.draft("25267", Priority.URGENT, START.minusSeconds(7200), "Khó thở"));
    reports =
        desk.desk.scheduledReports(
            ReportsFile.read(CONFIG.dir(), CONFIG.sla().zone()), START.minus(Duration.ofDays(1)));
  }

  @AfterEach
  void close() {
    desk.close();
  }

  @Test
  void eachReportGoesOutOnceToEachGroupAtItsHour() throws IOException {
    assertThat(reports.run()).as("15:30: nothing due, yesterday's are too late").isZero();

    clock.advance(Duration.ofMinutes(30));
    assertThat(reports.run()).as("16:00: the commune's day").isEqualTo(1);
    assertThat(reports.run()).as("16:00 again").isZero();
    assertThat(chats()).containsOnlyKeys(PHU_NGHIA);

    clock.advance(Duration.ofHours(1));
    assertThat(reports.run()).as("17:00: district, province and the periodic report").isEqualTo(3);
    assertThat(reports.run()).as("17:00 again").isZero();

    clock.advance(Duration.ofHours(13));
    assertThat(reports.run()).as("06:00: the update to every group").isEqualTo(3);
    assertThat(reports.run()).as("06:00 again").isZero();

    List<OutboundMessage> province = chats().get(PROVINCE);
    assertThat(province.stream().filter(m -> m.text().contains("Báo cáo ngày"))).hasSize(1);
    assertThat(province.stream().filter(m -> m.text().contains("Báo cáo định kỳ"))).hasSize(1);
    assertThat(province.stream().filter(m -> m.text().contains("Cập nhật 6 giờ"))).hasSize(1);
    assertThat(chats().get(BU_GIA_MAP).stream().filter(m -> m.text().contains("Báo cáo ngày")))
        .hasSize(1);
    List<OutboundMessage> photos =
        province.stream().filter(m -> m.kind() == OutboundMessage.Kind.SEND_PHOTO).toList();
    assertThat(photos).as("per-day chart, acknowledgement chart, map; twice").hasSize(6);
    for (OutboundMessage photo : photos) {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.file().bytes()));
      assertThat(image).as(photo.file().name()).isNotNull();
      assertThat(image.getWidth()).isGreaterThan(500);
    }
    assertThat(photos).anyMatch(p -> p.file().name().endsWith("-map.png"));
    OutboundMessage sheet =
        chats().get(PHU_NGHIA).stream()
            .filter(m -> m.kind() == OutboundMessage.Kind.SEND_DOCUMENT)
            .findFirst()
            .orElseThrow();
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(sheet.file().bytes()))) {
      List<Sheet> sheets = workbook.getSheets().toList();
      assertThat(sheets).hasSize(4);
      String summary =
          sheets.getFirst().read().stream()
              .flatMap(row -> row.stream())
              .filter(cell -> cell != null)
              .map(cell -> cell.getRawValue())
              .collect(Collectors.joining("|"));
      assertThat(summary).contains("Phú Nghĩa", "2");
    }
  }

  private Map<Long, List<OutboundMessage>> chats() {
    return outbox.messages().stream().collect(Collectors.groupingBy(OutboundMessage::chatId));
  }
}
