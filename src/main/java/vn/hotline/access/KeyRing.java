package vn.hotline.access;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The API keys in force, swapped whole on reload together with the roster: a request sees either
 * the old keys or the new ones.
 */
public final class KeyRing {
  private final AtomicReference<ApiKeys> current;
  private final Supplier<ApiKeys> loader;

  /**
   * @param initial the keys read at start-up
   * @param loader reads {@code api-keys.yml} again; throws with a message naming the file and line
   *     when it is broken
   */
  public KeyRing(ApiKeys initial, Supplier<ApiKeys> loader) {
    this.current = new AtomicReference<>(Objects.requireNonNull(initial));
    this.loader = loader;
  }

  public ApiKeys current() {
    return current.get();
  }

  /**
   * Reads the keys again and puts them in force; a broken file leaves the old keys in force.
   *
   * @throws RuntimeException with the loader's message when the file is broken
   */
  public ApiKeys reload() {
    ApiKeys loaded = loader.get();
    current.set(loaded);
    return loaded;
  }
}
