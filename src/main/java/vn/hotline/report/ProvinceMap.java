package vn.hotline.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import vn.hotline.unit.Outline;

/**
 * A map of the districts shaded by a percentage (e.g. tickets acknowledged within the SLA), red for
 * 0 %, yellow for 50 %, green for 100 %, grey for no data, with each district's name and value, a
 * legend and a title, as a PNG for a Telegram photo. Drawn with Java2D off screen: it renders with
 * {@code java.awt.headless=true}.
 */
public final class ProvinceMap {
  public static final int WIDTH = 1000;
  public static final int HEIGHT = 800;
  static final Color NO_DATA = new Color(0xBDBDBD);

  private static final Color LOW = new Color(0xD7191C);
  private static final Color MIDDLE = new Color(0xFFEB84);
  private static final Color HIGH = new Color(0x1A9641);
  private static final Color INK = new Color(0x212121);

  /** Where the legend starts; the map is left of it. */
  static final int LEGEND_X = 800;

  private final ReportLabels labels;

  public ProvinceMap(ReportLabels labels) {
    this.labels = labels;
  }

  /**
   * The map of {@code areas}.
   *
   * @param valueByAreaId a percentage from 0 to 100 by area id (the unit code); an area without one
   *     is grey
   * @param legendTitle what the percentage is (e.g. "Acknowledged within SLA (%)")
   */
  public byte[] render(
      List<Outline> areas, Map<String, Double> valueByAreaId, String title, String legendTitle) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      MapProjection projection = projection(areas);
      for (Outline area : areas) {
        Path2D shape = projection.shape(area);
        g.setColor(colour(valueByAreaId.get(area.id())));
        g.fill(shape);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(shape);
      }
      for (Outline area : areas) {
        label(g, projection.labelPoint(area), shortName(area.name()), valueByAreaId.get(area.id()));
      }
      g.setColor(INK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
      g.drawString(title, 20, 40);
      legend(g, legendTitle);
    } finally {
      g.dispose();
    }
    return png(image);
  }

  /** Where the areas go on the picture: below the title, left of the legend. */
  static MapProjection projection(List<Outline> areas) {
    return MapProjection.fit(areas, 20, 70, LEGEND_X - 40, HEIGHT - 30);
  }

  /** The colour of a value: red, yellow, green from 0 to 100; grey for none. */
  public static Color colour(Double percent) {
    if (percent == null || percent.isNaN()) {
      return NO_DATA;
    }
    double t = Math.clamp(percent / 100.0, 0.0, 1.0);
    return t < 0.5 ? mix(LOW, MIDDLE, t * 2) : mix(MIDDLE, HIGH, (t - 0.5) * 2);
  }

  // "Huyện Bù Đăng" reads as "Bù Đăng" on a map of districts: the type words are left out.
  static String shortName(String name) {
    return name.replaceFirst("^(Huyện|Thị xã|Thành phố|Quận|Thị trấn|Xã|Phường)\\s+", "");
  }

  private static void label(Graphics2D g, Point2D at, String name, Double value) {
    Font nameFont = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    Font valueFont = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    haloText(g, name, nameFont, at.getX(), at.getY());
    if (value != null) {
      haloText(g, Math.round(value) + " %", valueFont, at.getX(), at.getY() + 16);
    }
  }

  // Dark text on a white halo stays legible on every shade of the scale.
  private static void haloText(Graphics2D g, String text, Font font, double cx, double y) {
    g.setFont(font);
    float x = (float) (cx - g.getFontMetrics().stringWidth(text) / 2.0);
    var outline = font.createGlyphVector(g.getFontRenderContext(), text).getOutline(x, (float) y);
    g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(new Color(255, 255, 255, 210));
    g.draw(outline);
    g.setColor(INK);
    g.fill(outline);
  }

  private void legend(Graphics2D g, String legendTitle) {
    int x = LEGEND_X;
    int top = 120;
    int barHeight = 300;
    g.setColor(INK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    drawWrapped(g, legendTitle, x, top - 40, WIDTH - x - 15);
    for (int i = 0; i < barHeight; i++) {
      g.setColor(colour(100.0 * (barHeight - 1 - i) / (barHeight - 1)));
      g.fillRect(x, top + i, 30, 1);
    }
    g.setColor(INK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    for (int percent = 0; percent <= 100; percent += 25) {
      int y = top + (int) Math.round((barHeight - 1) * (1 - percent / 100.0));
      g.drawLine(x + 30, y, x + 36, y);
      g.drawString(percent + " %", x + 42, y + 5);
    }
    g.setColor(NO_DATA);
    g.fillRect(x, top + barHeight + 30, 30, 20);
    g.setColor(INK);
    g.drawString(labels.text("report.map.noData"), x + 42, top + barHeight + 45);
  }

  private static void drawWrapped(Graphics2D g, String text, int x, int y, int width) {
    StringBuilder line = new StringBuilder();
    int lineY = y;
    for (String word : text.split("\\s+")) {
      String next = line.isEmpty() ? word : line + " " + word;
      if (g.getFontMetrics().stringWidth(next) > width && !line.isEmpty()) {
        g.drawString(line.toString(), x, lineY);
        lineY += g.getFontMetrics().getHeight();
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(next);
      }
    }
    g.drawString(line.toString(), x, lineY);
  }

  private static Color mix(Color from, Color to, double t) {
    return new Color(
        (int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * t),
        (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * t),
        (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * t));
  }

  private static byte[] png(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
