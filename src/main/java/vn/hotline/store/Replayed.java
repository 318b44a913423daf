package vn.hotline.store;

import java.util.concurrent.Callable;

/**
 * Work that is done again after a crash until it is marked done, such as the handling of a stored
 * update. Its writes need not be durable one by one before it goes on: whatever a crash takes, the
 * work is done again and, being idempotent, puts back. Anything that leaves the process, such as a
 * message sent, is made durable first by the outbox's claim, and a commit keeps every write made
 * before it, so the state it saves always holds what such a message was written after.
 */
final class Replayed {
  private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

  private Replayed() {}

  /** Runs {@code work} as replayed work on this thread. */
  static <T> T run(Callable<T> work) throws Exception {
    boolean outer = ACTIVE.get();
    ACTIVE.set(true);
    try {
      return work.call();
    } finally {
      ACTIVE.set(outer);
    }
  }

  /** Whether this thread is doing replayed work. */
  static boolean active() {
    return ACTIVE.get();
  }
}
