package vn.hotline.open311;

import java.util.Locale;
import java.util.Optional;

/** The formats the spec names, chosen by the path's extension ({@code services.xml}). */
enum Open311Format {
  JSON("application/json; charset=utf-8"),
  XML("text/xml; charset=utf-8");

  private final String contentType;

  Open311Format(String contentType) {
    this.contentType = contentType;
  }

  String contentType() {
    return contentType;
  }

  /** A path's last segment split into its name and format, e.g. {@code HELP_FOOD.xml}. */
  record Named(String name, Open311Format format) {}

  /**
   * The name and format of {@code file}, or empty when it ends in neither {@code .json} nor {@code
   * .xml}.
   */
  static Optional<Named> split(String file) {
    int dot = file.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String extension = file.substring(dot + 1).toLowerCase(Locale.ROOT);
    String name = file.substring(0, dot);
    return switch (extension) {
      case "json" -> Optional.of(new Named(name, JSON));
      case "xml" -> Optional.of(new Named(name, XML));
      default -> Optional.empty();
    };
  }
}
