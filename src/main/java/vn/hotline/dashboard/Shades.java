package vn.hotline.dashboard;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hotline.report.ProvinceMap;

/**
 * The colours of the map. A share uses the report map's scale (red at 0 %, yellow at 50 %, green at
 * 100 %), so that the web and the Telegram photo agree; an amount goes from pale to dark blue up to
 * the largest value shown. No data is grey.
 */
final class Shades {
  static final String NO_DATA = "#bdbdbd";
  private static final Color PALE = new Color(0xDEEBF7);
  private static final Color DARK = new Color(0x08519C);
  private static final int STEPS = 5;

  private final MapFigure figure;
  private final double largest;

  /**
   * @param largest the largest value among the areas shown, for amounts
   */
  Shades(MapFigure figure, double largest) {
    this.figure = figure;
    this.largest = largest;
  }

  /** One step of the legend: its colour and the value it stands for. */
  record Stop(String colour, double value) {}

  String fill(Optional<Double> value) {
    if (value.isEmpty() || value.get().isNaN()) {
      return NO_DATA;
    }
    if (figure.kind() == MapFigure.Kind.PERCENT) {
      return hex(ProvinceMap.colour(value.get()));
    }
    double t = largest <= 0 ? 0 : Math.clamp(value.get() / largest, 0.0, 1.0);
    return hex(mix(PALE, DARK, t));
  }

  /** The legend's stops from the lowest value to the highest. */
  List<Stop> legend() {
    double top = figure.kind() == MapFigure.Kind.PERCENT ? 100 : largest;
    List<Stop> stops = new ArrayList<>();
    for (int i = 0; i < STEPS; i++) {
      double value = top * i / (STEPS - 1);
      stops.add(new Stop(fill(Optional.of(value)), value));
    }
    return stops;
  }

  static String hex(Color colour) {
    return String.format("#%06x", colour.getRGB() & 0xFFFFFF);
  }

  private static Color mix(Color from, Color to, double t) {
    return new Color(
        (int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * t),
        (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * t),
        (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * t));
  }
}
