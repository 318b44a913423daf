package vn.hotline.report;

import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import vn.hotline.unit.Outline;

/**
 * Longitude and latitude to pixels for a map of a province: equirectangular, with longitudes
 * shortened by the cosine of the middle latitude so that shapes keep their proportions, scaled to
 * fit a box and centred in it.
 */
record MapProjection(
    double minLon, double maxLat, double lonScale, double scale, double left, double top) {
  private static final int GRID = 40;

  /** The projection that fits every area into the box from (left, top) to (right, bottom). */
  static MapProjection fit(List<Outline> areas, int left, int top, int right, int bottom) {
    double minLon = Double.MAX_VALUE;
    double minLat = Double.MAX_VALUE;
    double maxLon = -Double.MAX_VALUE;
    double maxLat = -Double.MAX_VALUE;
    for (Outline area : areas) {
      for (List<double[]> polygon : area.polygons()) {
        double[] ring = polygon.getFirst();
        for (int i = 0; i < ring.length; i += 2) {
          minLon = Math.min(minLon, ring[i]);
          maxLon = Math.max(maxLon, ring[i]);
          minLat = Math.min(minLat, ring[i + 1]);
          maxLat = Math.max(maxLat, ring[i + 1]);
        }
      }
    }
    if (minLon > maxLon) {
      return new MapProjection(0, 0, 1, 1, left, top);
    }
    double lonScale = Math.cos(Math.toRadians((minLat + maxLat) / 2));
    double width = Math.max((maxLon - minLon) * lonScale, 1e-9);
    double height = Math.max(maxLat - minLat, 1e-9);
    double scale = Math.min((right - left) / width, (bottom - top) / height);
    double offsetX = left + ((right - left) - width * scale) / 2;
    double offsetY = top + ((bottom - top) - height * scale) / 2;
    return new MapProjection(minLon, maxLat, lonScale, scale, offsetX, offsetY);
  }

  Point2D pixel(double lon, double lat) {
    return new Point2D.Double(
        left + (lon - minLon) * lonScale * scale, top + (maxLat - lat) * scale);
  }

  /** The area as one shape, holes cut out. */
  Path2D shape(Outline area) {
    Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    for (List<double[]> polygon : area.polygons()) {
      for (double[] ring : polygon) {
        for (int i = 0; i < ring.length; i += 2) {
          Point2D p = pixel(ring[i], ring[i + 1]);
          if (i == 0) {
            path.moveTo(p.getX(), p.getY());
          } else {
            path.lineTo(p.getX(), p.getY());
          }
        }
        path.closePath();
      }
    }
    return path;
  }

  /**
   * Where the area's name goes: of a grid of points over the area, the one inside it farthest from
   * its edges. A centroid would do for round districts, but a district that surrounds a town (Hớn
   * Quản around Bình Long) has its centroid in the town, and the two names would overlap.
   */
  Point2D labelPoint(Outline area) {
    Path2D shape = shape(area);
    var bounds = shape.getBounds2D();
    List<double[]> edges = pixelRings(area);
    Point2D best = new Point2D.Double(bounds.getCenterX(), bounds.getCenterY());
    double bestDistance = -1;
    for (int i = 0; i <= GRID; i++) {
      for (int j = 0; j <= GRID; j++) {
        double x = bounds.getMinX() + bounds.getWidth() * i / GRID;
        double y = bounds.getMinY() + bounds.getHeight() * j / GRID;
        if (shape.contains(x, y)) {
          double distance = distanceToEdges(edges, x, y);
          if (distance > bestDistance) {
            bestDistance = distance;
            best = new Point2D.Double(x, y);
          }
        }
      }
    }
    return best;
  }

  private List<double[]> pixelRings(Outline area) {
    List<double[]> rings = new ArrayList<>();
    for (List<double[]> polygon : area.polygons()) {
      for (double[] ring : polygon) {
        double[] pixels = new double[ring.length];
        for (int i = 0; i < ring.length; i += 2) {
          Point2D p = pixel(ring[i], ring[i + 1]);
          pixels[i] = p.getX();
          pixels[i + 1] = p.getY();
        }
        rings.add(pixels);
      }
    }
    return rings;
  }

  private static double distanceToEdges(List<double[]> rings, double x, double y) {
    double nearest = Double.MAX_VALUE;
    for (double[] ring : rings) {
      for (int i = 0, n = ring.length / 2; i < n; i++) {
        int j = (i + 1) % n;
        nearest =
            Math.min(
                nearest,
                Line2D.ptSegDistSq(
                    ring[2 * i], ring[2 * i + 1], ring[2 * j], ring[2 * j + 1], x, y));
      }
    }
    return nearest;
  }
}
