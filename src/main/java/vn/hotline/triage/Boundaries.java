package vn.hotline.triage;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hotline.config.ConfigException;
import vn.hotline.unit.Outline;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitTree;

/**
 * The outlines of a deployment's districts, from the optional {@code bot-config/boundaries.json}
 * ({@code level2s} with {@code level2_id} and a MultiPolygon of {@code [longitude, latitude]}
 * rings), to tell which district a shared location lies in. Districts the unit tree does not have
 * are left out, so a tree without districts simply finds none.
 */
final class Boundaries {
  static final String FILE = "boundaries.json";

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

  /**
   * The boundaries in {@code dir}, none when the file is absent, a {@link ConfigException} when it
   * is malformed.
   */
  static Boundaries read(Path dir, UnitTree tree) {
    return of(outlines(dir), tree);
  }

  static Boundaries parse(String json, UnitTree tree) {
    return of(outlines(json), tree);
  }

  /** The outlines in {@code dir}, none when the file is absent. */
  static List<Outline> outlines(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new ConfigException(FILE + ": not UTF-8 text");
    } catch (IOException e) {
      throw new ConfigException(FILE + ": cannot be read: " + e.getMessage());
    }
    try {
      return outlines(json);
    } catch (ClassCastException | NullPointerException e) {
      throw new ConfigException(
          FILE
              + ": not a usable boundaries file: expected an object with level2s, a list of"
              + " districts with level2_id, name and coordinates");
    } catch (RuntimeException e) {
      throw new ConfigException(FILE + ": not a usable boundaries file: " + e.getMessage());
    }
  }

  static List<Outline> outlines(String json) {
    List<Outline> outlines = new ArrayList<>();
    Map<?, ?> root = (Map<?, ?>) JsonValue.parse(json);
    for (Object item : (List<?>) root.get("level2s")) {
      Map<?, ?> district = (Map<?, ?>) item;
      outlines.add(
          new Outline(
              String.valueOf(district.get("level2_id")),
              String.valueOf(district.get("name")),
              polygons((List<?>) district.get("coordinates"))));
    }
    return outlines;
  }

  private static Boundaries of(List<Outline> outlines, UnitTree tree) {
    List<Area> areas = new ArrayList<>();
    for (Outline outline : outlines) {
      tree.find(outline.id()).ifPresent(unit -> areas.add(area(unit, outline.polygons())));
    }
    return new Boundaries(areas);
  }

  private static List<List<double[]>> polygons(List<?> multiPolygon) {
    List<List<double[]>> polygons = new ArrayList<>();
    for (Object polygon : multiPolygon) {
      List<double[]> rings = new ArrayList<>();
      for (Object ring : (List<?>) polygon) {
        List<?> points = (List<?>) ring;
        double[] flat = new double[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
          List<?> point = (List<?>) points.get(i);
          flat[2 * i] = ((Number) point.get(0)).doubleValue();
          flat[2 * i + 1] = ((Number) point.get(1)).doubleValue();
        }
        rings.add(flat);
      }
      polygons.add(rings);
    }
    return polygons;
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
