package vn.hotline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hotline.report.RenderFixtures.VIETNAMESE;
import static vn.hotline.report.RenderFixtures.decode;
import static vn.hotline.report.RenderFixtures.save;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hotline.unit.Outline;

class ProvinceMapTest {
  private static final List<Outline> DISTRICTS = RenderFixtures.districts();

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  @Test
  void shadesEachOfTheElevenDistrictsOfBinhPhuocByItsValue() {
    Map<String, Double> values = new HashMap<>();
    for (int i = 0; i < DISTRICTS.size(); i++) {
      values.put(DISTRICTS.get(i).id(), 10.0 * i);
    }

    BufferedImage image = decode(render(values, "map-eleven-values.png"));

    assertThat(DISTRICTS).hasSize(11);
    assertThat(image.getWidth()).isEqualTo(ProvinceMap.WIDTH);
    assertThat(image.getHeight()).isEqualTo(ProvinceMap.HEIGHT);
    Set<Integer> shown = colours(image);
    assertThat(values.values())
        .allSatisfy(value -> assertThat(shown).contains(ProvinceMap.colour(value).getRGB()));
  }

  @Test
  void paintsAPointInsideDongXoaiWithDongXoaisValue() {
    Map<String, Double> values = new HashMap<>();
    DISTRICTS.forEach(d -> values.put(d.id(), 95.0));
    values.put("689", 20.0);

    BufferedImage image = decode(render(values, "map-dong-xoai-low.png"));

    // 11.515 N, 106.86 E lies in the south of Đồng Xoài, away from its label.
    Point2D point = projection().pixel(106.86, 11.515);
    assertThat(new Color(image.getRGB((int) point.getX(), (int) point.getY())))
        .isEqualTo(ProvinceMap.colour(20.0));
  }

  @Test
  void aDistrictWithoutDataIsGrey() {
    Map<String, Double> values = new HashMap<>();
    DISTRICTS.forEach(d -> values.put(d.id(), 80.0));
    values.remove("689");

    BufferedImage image = decode(render(values, "map-no-data.png"));

    Point2D point = projection().pixel(106.86, 11.515);
    assertThat(new Color(image.getRGB((int) point.getX(), (int) point.getY())))
        .isEqualTo(ProvinceMap.NO_DATA);
  }

  @Test
  void runsFromRedThroughYellowToGreen() {
    assertThat(ProvinceMap.colour(0.0).getRed()).isGreaterThan(ProvinceMap.colour(0.0).getGreen());
    assertThat(ProvinceMap.colour(100.0).getGreen())
        .isGreaterThan(ProvinceMap.colour(100.0).getRed());
    assertThat(ProvinceMap.colour(null)).isEqualTo(ProvinceMap.NO_DATA);
    assertThat(ProvinceMap.colour(150.0)).isEqualTo(ProvinceMap.colour(100.0));
  }

  private static byte[] render(Map<String, Double> values, String sample) {
    byte[] png =
        new ProvinceMap(VIETNAMESE)
            .render(
                DISTRICTS,
                values,
                "Bình Phước: tiếp nhận đúng hạn, 09–15/08/2021",
                VIETNAMESE.figure("ackWithinSlaPct"));
    save(sample, png);
    return png;
  }

  private static MapProjection projection() {
    return ProvinceMap.projection(DISTRICTS);
  }

  // The colours of the map, the legend's scale left out.
  private static Set<Integer> colours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < ProvinceMap.LEGEND_X; x++) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours;
  }
}
