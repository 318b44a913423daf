package vn.hotline.unit;

import java.util.Objects;
import java.util.Optional;

/**
 * The code of an administrative unit: the national register's code, or for a village a code local
 * to the deployment. A type of its own so that a unit code is never mistaken for a ticket code, a
 * name or a chat id, and so that a map keyed by unit codes cannot be asked with a bare string.
 */
public record UnitCode(String value) {

  public UnitCode {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a unit code cannot be blank");
    }
  }

  /**
   * The code written in {@code text}, or empty for null or blank text: how a code read from a file,
   * a stored document or a request parameter enters the program.
   */
  public static Optional<UnitCode> parse(String text) {
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(new UnitCode(text));
  }

  /** The code as it is stored, put in buttons, keys and texts: the bare code. */
  @Override
  public String toString() {
    return value;
  }
}
