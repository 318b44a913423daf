package vn.hotline.report;

import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import vn.hotline.unit.Outline;

/**
 * District outlines as SVG path data for a map drawn in the browser, projected as the report's PNG
 * map projects them ({@link MapProjection}), with the point inside each district where its name
 * goes. Points are rounded to whole pixels and repeats dropped: the province's 7,000 points shrink
 * to what a screen can show.
 */
public final class SvgOutlines {

  /**
   * One district drawn.
   *
   * @param id its code (the unit's)
   * @param name its name without the type word ("Bù Gia Mập")
   * @param path SVG path data in the box's pixels
   */
  public record Drawn(String id, String name, String path, long labelX, long labelY) {}

  private SvgOutlines() {}

  /** Every area fitted into a box {@code width} by {@code height} pixels. */
  public static List<Drawn> draw(List<Outline> areas, int width, int height) {
    MapProjection projection = MapProjection.fit(areas, 0, 0, width, height);
    List<Drawn> drawn = new ArrayList<>(areas.size());
    for (Outline area : areas) {
      Point2D label = projection.labelPoint(area);
      drawn.add(
          new Drawn(
              area.id(),
              ProvinceMap.shortName(area.name()),
              path(projection.shape(area).getPathIterator(null)),
              Math.round(label.getX()),
              Math.round(label.getY())));
    }
    return List.copyOf(drawn);
  }

  private static String path(PathIterator points) {
    StringBuilder d = new StringBuilder();
    double[] xy = new double[6];
    long lastX = Long.MIN_VALUE;
    long lastY = Long.MIN_VALUE;
    for (; !points.isDone(); points.next()) {
      int kind = points.currentSegment(xy);
      if (kind == PathIterator.SEG_CLOSE) {
        d.append('Z');
        lastX = Long.MIN_VALUE;
        continue;
      }
      long x = Math.round(xy[0]);
      long y = Math.round(xy[1]);
      if (kind == PathIterator.SEG_MOVETO) {
        d.append('M').append(x).append(' ').append(y);
      } else if (x != lastX || y != lastY) {
        d.append('L').append(x).append(' ').append(y);
      }
      lastX = x;
      lastY = y;
    }
    return d.toString();
  }
}
