package vn.hotline.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.hotline.report.StatsResult;
import vn.hotline.report.SvgOutlines;
import vn.hotline.unit.Outline;

/**
 * The province map of the dashboard, drawn as SVG on the server from {@code
 * bot-config/boundaries.json}: a shape a district, shaded by the chosen figure, each a link to that
 * district's dashboard. No tiles, nothing fetched: the page carries the whole map. The outlines are
 * projected once, when the service starts.
 */
public final class DistrictMap {
  static final int WIDTH = 600;
  static final int HEIGHT = 520;

  private final List<SvgOutlines.Drawn> districts;

  DistrictMap(List<Outline> outlines) {
    this.districts = SvgOutlines.draw(outlines, WIDTH, HEIGHT);
  }

  /** One district on the map: its shape, colour, what it shows and where it leads. */
  public record Area(
      String code,
      String name,
      String path,
      String fill,
      String value,
      String href,
      long labelX,
      long labelY) {}

  /** One step of the legend. */
  public record Key(String colour, String text) {}

  /** A drawn map and its legend. */
  public record View(List<Area> areas, List<Key> legend, String title) {
    public int width() {
      return WIDTH;
    }

    public int height() {
      return HEIGHT;
    }

    public String viewBox() {
      return "0 0 " + WIDTH + " " + HEIGHT;
    }
  }

  /**
   * The map of the districts among {@code byUnit}'s rows, shaded by {@code figure}; empty when none
   * of them has an outline (a district's dashboard, or a deployment without boundaries).
   *
   * @param href the address of a district's dashboard, by code
   */
  Optional<View> view(
      StatsResult byUnit,
      MapFigure figure,
      Numbers numbers,
      Function<String, String> href,
      Words say) {
    Map<String, StatsResult.Row> rows = new HashMap<>();
    byUnit.rows().forEach(row -> rows.put(row.key(), row));
    if (districts.stream().noneMatch(d -> rows.containsKey(d.id()))) {
      return Optional.empty();
    }
    double largest = 0;
    for (SvgOutlines.Drawn district : districts) {
      Optional<Double> value = valueOf(rows.get(district.id()), figure);
      largest = Math.max(largest, value.orElse(0.0));
    }
    Shades shades = new Shades(figure, largest);
    List<Area> areas = new ArrayList<>(districts.size());
    for (SvgOutlines.Drawn district : districts) {
      Optional<Double> value = valueOf(rows.get(district.id()), figure);
      areas.add(
          new Area(
              district.id(),
              district.name(),
              district.path(),
              shades.fill(value),
              numbers.of(figure, value.orElse(null)),
              href.apply(district.id()),
              district.labelX(),
              district.labelY()));
    }
    List<Key> legend = new ArrayList<>();
    for (Shades.Stop stop : shades.legend()) {
      legend.add(new Key(stop.colour(), numbers.of(figure, stop.value())));
    }
    legend.add(new Key(Shades.NO_DATA, say.t("report.map.noData")));
    return Optional.of(new View(areas, legend, say.t(figure.labelKey())));
  }

  private static Optional<Double> valueOf(StatsResult.Row row, MapFigure figure) {
    return row == null ? Optional.empty() : figure.of(row.figures());
  }
}
