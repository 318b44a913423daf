package vn.hotline.logging;

import java.util.Locale;
import java.util.Optional;

/** The shape of the service's log lines, named by {@code LOG_FORMAT} in any case. */
public enum LogFormat {
  /** {@code key=value} text, the default. */
  TEXT,
  /** One JSON object a line, for log collectors. */
  JSON;

  /** The format {@code name} names ({@code text} when blank), or empty when it names none. */
  public static Optional<LogFormat> named(String name) {
    if (name == null || name.isBlank()) {
      return Optional.of(TEXT);
    }
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "text" -> Optional.of(TEXT);
      case "json" -> Optional.of(JSON);
      default -> Optional.empty();
    };
  }
}
