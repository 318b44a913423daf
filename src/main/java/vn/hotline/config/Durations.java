package vn.hotline.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations the way people write them in configuration: {@code 30s}, {@code 5m}, {@code 24h},
 * {@code 3d}.
 */
final class Durations {
  private static final Pattern SHAPE = Pattern.compile("(\\d+)\\s*([smhd])");

  private Durations() {}

  static Duration parse(ConfigNode node) {
    Matcher m = SHAPE.matcher(node.scalar().strip());
    if (!m.matches()) {
      throw node.problem("'" + node.scalar() + "' is not a duration such as 30s, 5m, 24h or 3d");
    }
    long amount = Long.parseLong(m.group(1));
    Duration duration =
        switch (m.group(2)) {
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofDays(amount);
        };
    if (duration.isZero()) {
      throw node.problem("a duration must be longer than zero");
    }
    return duration;
  }
}
