package vn.hotline.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.hotline.unit.Outline;

/**
 * The district outlines of the optional {@code bot-config/boundaries.json} ({@code level2s} with
 * {@code level2_id}, {@code name} and a MultiPolygon of {@code [longitude, latitude]} rings), which
 * triage uses to place a shared location and the reports use to draw maps.
 */
public final class Outlines {
  static final String FILE = "boundaries.json";
  private static final String SHAPE =
      "expected an object with level2s, a list of districts with level2_id, name and coordinates";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Outlines() {}

  /**
   * Every district outline in the configuration directory {@code dir}, none when it has no
   * boundaries file; a {@link ConfigException} naming the file when it is malformed.
   */
  public static List<Outline> read(Path dir) {
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
      return parse(json);
    } catch (JacksonException e) {
      throw new ConfigException(
          FILE
              + ": not a usable boundaries file: "
              + firstClause(e.getOriginalMessage())
              + " at character "
              + e.getLocation().getCharOffset());
    } catch (NotAnOutline e) {
      throw new ConfigException(FILE + ": not a usable boundaries file: " + SHAPE);
    }
  }

  /** What the parser found, without the position it adds in its own words. */
  private static String firstClause(String message) {
    String line = message.lines().findFirst().orElse("malformed JSON");
    int position = line.indexOf(" (");
    return position < 0 ? line : line.substring(0, position);
  }

  static List<Outline> parse(String json) throws JacksonException {
    List<Outline> outlines = new ArrayList<>();
    for (JsonNode district : array(JSON.readTree(json).path("level2s"))) {
      JsonNode id = district.path("level2_id");
      if (!id.isValueNode()) {
        throw new NotAnOutline();
      }
      outlines.add(
          new Outline(
              id.asText(), district.path("name").asText(), polygons(district.path("coordinates"))));
    }
    return outlines;
  }

  private static List<List<double[]>> polygons(JsonNode multiPolygon) {
    List<List<double[]>> polygons = new ArrayList<>();
    for (JsonNode polygon : array(multiPolygon)) {
      List<double[]> rings = new ArrayList<>();
      for (JsonNode ring : array(polygon)) {
        double[] flat = new double[array(ring).size() * 2];
        for (int i = 0; i < ring.size(); i++) {
          JsonNode point = array(ring.get(i));
          flat[2 * i] = number(point.path(0));
          flat[2 * i + 1] = number(point.path(1));
        }
        rings.add(flat);
      }
      polygons.add(rings);
    }
    return polygons;
  }

  private static JsonNode array(JsonNode node) {
    if (!node.isArray()) {
      throw new NotAnOutline();
    }
    return node;
  }

  private static double number(JsonNode node) {
    if (!node.isNumber()) {
      throw new NotAnOutline();
    }
    return node.doubleValue();
  }

  /** The JSON is well formed but not shaped like a boundaries file. */
  private static final class NotAnOutline extends RuntimeException {
    NotAnOutline() {
      super(SHAPE, null, false, false);
    }
  }
}
