package vn.hotline.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hotline.unit.Outline;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * The outlines of a deployment's districts (the configuration reads them from the optional {@code
 * bot-config/boundaries.json}), to tell which district a shared location lies in. Districts the
 * unit tree does not have are left out, so a tree without districts simply finds none.
 */
final class Boundaries {
  private final List<Area> areas;

  /**
   * A unit's outline: polygons whose first ring is the outside and the others holes, with a
   * bounding box.
   */
  private record Area(Unit unit, double[] box, List<List<double[]>> polygons) {}

  private Boundaries(List<Area> areas) {
    this.areas = List.copyOf(areas);
  }

  static Boundaries none() {
    return new Boundaries(List.of());
  }

  /** The outlines of the districts {@code tree} has; those it does not have are left out. */
  static Boundaries of(List<Outline> outlines, UnitTree tree) {
    List<Area> areas = new ArrayList<>();
    for (Outline outline : outlines) {
      UnitCode.parse(outline.id())
          .flatMap(tree::find)
          .ifPresent(unit -> areas.add(area(unit, outline.polygons())));
    }
    return new Boundaries(areas);
  }

  private static Area area(Unit unit, List<List<double[]>> polygons) {
    double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (List<double[]> polygon : polygons) {
      double[] outside = polygon.getFirst();
      for (int i = 0; i < outside.length; i += 2) {
        box[0] = Math.min(box[0], outside[i]);
        box[1] = Math.min(box[1], outside[i + 1]);
        box[2] = Math.max(box[2], outside[i]);
        box[3] = Math.max(box[3], outside[i + 1]);
      }
    }
    return new Area(unit, box, polygons);
  }

  /** The unit whose outline holds the point, if any. */
  Optional<Unit> unitAt(GeoPoint point) {
    double x = point.longitude();
    double y = point.latitude();
    for (Area area : areas) {
      if (x < area.box[0] || y < area.box[1] || x > area.box[2] || y > area.box[3]) {
        continue;
      }
      for (List<double[]> polygon : area.polygons) {
        if (inside(polygon.get(0), x, y)
            && polygon.stream().skip(1).noneMatch(hole -> inside(hole, x, y))) {
          return Optional.of(area.unit);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Ray casting: a point is inside a ring when a ray from it crosses the ring's edges an odd number
   * of times.
   */
  private static boolean inside(double[] ring, double x, double y) {
    boolean inside = false;
    int n = ring.length / 2;
    for (int i = 0, j = n - 1; i < n; j = i++) {
      double xi = ring[2 * i];
      double yi = ring[2 * i + 1];
      double xj = ring[2 * j];
      double yj = ring[2 * j + 1];
      if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
        inside = !inside;
      }
    }
    return inside;
  }
}
