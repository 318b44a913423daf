package vn.hotline.store;

/**
 * Makes what has been written so far survive a crash. Called after a write and before anyone is
 * told it was saved.
 */
interface Durability {
  /** Returns once every write that completed before the call is durable. */
  void sync();

  /** For a server that makes writes durable before it acknowledges them (journaled, majority). */
  Durability ACKNOWLEDGED_WRITES = () -> {};

  /**
   * Durability by {@code sync}, except for {@link Replayed} work, which does not wait at all: it is
   * done again after a crash, and the next sync takes its writes along.
   */
  static Durability unlessReplayed(Runnable sync) {
    return () -> {
      if (!Replayed.active()) {
        sync.run();
      }
    };
  }
}
