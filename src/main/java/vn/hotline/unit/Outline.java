package vn.hotline.unit;

import java.util.List;

/**
 * The outline of a district as {@code bot-config/boundaries.json} gives it, for drawing maps.
 *
 * @param id the district's code ({@code level2_id}), the code of its unit
 * @param name its name as the file spells it (e.g. {@code Huyện Bù Đăng})
 * @param polygons a MultiPolygon: each polygon a list of rings, the first the outside and the
 *     others holes, each ring {@code [lon0, lat0, lon1, lat1, ...]}
 */
public record Outline(String id, String name, List<List<double[]>> polygons) {
  public Outline {
    polygons = List.copyOf(polygons);
  }
}
