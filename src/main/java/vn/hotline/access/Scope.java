package vn.hotline.access;

import java.util.Locale;
import java.util.Optional;

/** What an API key may do. */
public enum Scope {
  /** Read the statistics of its units. */
  STATS,
  /** List and export the tickets of its units (never who reported them). */
  TICKETS,
  /** Use the Open311 GeoReport v2 endpoints. */
  OPEN311;

  /** The scope named {@code text} in any case ({@code stats}, {@code tickets}, {@code open311}). */
  public static Optional<Scope> parse(String text) {
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** How the scope is written in {@code api-keys.yml} and on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
