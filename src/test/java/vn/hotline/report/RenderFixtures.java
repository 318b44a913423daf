package vn.hotline.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import vn.hotline.config.BotConfig;
import vn.hotline.config.Outlines;
import vn.hotline.messages.Messages;
import vn.hotline.unit.Outline;
import vn.hotline.unit.UnitCode;

/** Report inputs shaped like Bình Phước's, the shipped labels, and image helpers. */
final class RenderFixtures {
  static final BotConfig CONFIG = BotConfig.load(Path.of("bot-config"));
  static final ReportLabels VIETNAMESE =
      ReportLabels.from(key -> CONFIG.messages().text(Messages.VIETNAMESE, key));
  static final ReportLabels ENGLISH =
      ReportLabels.from(key -> CONFIG.messages().text(Messages.ENGLISH, key));
  static final ZoneId HO_CHI_MINH = ZoneId.of("Asia/Ho_Chi_Minh");
  static final LocalDate FROM = LocalDate.of(2021, 8, 9);
  static final LocalDate TO = LocalDate.of(2021, 8, 15);
  static final Path SAMPLES = Path.of("target", "report-samples");

  private RenderFixtures() {}

  /** Figures where only what the charts, map and sheets show differs from row to row. */
  static Figures figures(long received, Double ackPct, Long ackMedian, Long ackP90) {
    long acknowledged = received * 4 / 5;
    return new Figures(
        received,
        acknowledged,
        received / 2,
        received / 4,
        1,
        2,
        received - received / 2,
        received / 10,
        ackPct == null ? 0 : Math.round(acknowledged * ackPct / 100),
        ackPct,
        received / 3,
        received == 0 ? null : 61.5,
        ackMedian,
        ackP90,
        ackMedian == null ? null : ackMedian * 20,
        ackP90 == null ? null : ackP90 * 30,
        3,
        1,
        received / 5,
        0);
  }

  /** The province split by its districts, one with no tickets at all. */
  static StatsResult provinceByDistrict(List<Outline> districts) {
    List<StatsResult.Row> rows = new ArrayList<>();
    for (int i = 0; i < districts.size(); i++) {
      Outline d = districts.get(i);
      Figures f =
          i == 3
              ? figures(0, null, null, null)
              : figures(40 + 13L * i, 9.0 * i, 300L + 170 * i, 900L + 400 * i);
      rows.add(new StatsResult.Row(d.id(), ProvinceMap.shortName(d.name()), f));
    }
    return new StatsResult(
        new UnitCode("70"),
        "Tỉnh Bình Phước",
        FROM,
        TO,
        HO_CHI_MINH,
        Split.UNIT,
        figures(900, 72.5, 840L, 3600L),
        rows);
  }

  static List<Outline> districts() {
    return Outlines.read(CONFIG.dir());
  }

  static BufferedImage decode(byte[] png) {
    try {
      return ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many pixels differ from the top left one, the background. */
  static long pixelsUnlikeTheBackground(BufferedImage image) {
    int background = image.getRGB(0, 0);
    long count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) != background) {
          count++;
        }
      }
    }
    return count;
  }

  /** Keeps a rendered sample for a person to look at. */
  static void save(String name, byte[] bytes) {
    try {
      Files.createDirectories(SAMPLES);
      Files.write(SAMPLES.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
