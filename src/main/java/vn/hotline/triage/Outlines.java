package vn.hotline.triage;

import java.nio.file.Path;
import java.util.List;
import vn.hotline.unit.Outline;

/** The district outlines of the boundaries file, which triage reads for places, for maps. */
public final class Outlines {
  private Outlines() {}

  /**
   * Every district outline in the configuration directory {@code dir}, none when it has no
   * boundaries file; a {@link vn.hotline.config.ConfigException} when the file is malformed.
   */
  public static List<Outline> read(Path dir) {
    return Boundaries.outlines(dir);
  }
}
