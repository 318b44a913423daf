package vn.hotline.desk;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import vn.hotline.roster.Roster;

/**
 * The roster in force, swapped whole on reload: a request sees either the old roster or the new
 * one, never half of each. Tickets are not touched by a reload.
 */
public final class DeskRoster {
  private final AtomicReference<Roster> current;
  private final Supplier<Roster> loader;

  /**
   * @param initial the roster read at start-up
   * @param loader reads the roster file again; throws with a message naming the file and line when
   *     it is broken
   */
  public DeskRoster(Roster initial, Supplier<Roster> loader) {
    this.current = new AtomicReference<>(Objects.requireNonNull(initial));
    this.loader = loader;
  }

  public Roster current() {
    return current.get();
  }

  /**
   * Reads the roster again and puts it in force; a broken file leaves the old roster in force.
   *
   * @throws RuntimeException with the loader's message when the file is broken
   */
  public Roster reload() {
    Roster loaded = loader.get();
    current.set(loaded);
    return loaded;
  }
}
