package vn.hotline.store.embedded;

import java.time.Duration;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * Gives back the space that a surge leaves in the file. H2 writes every change to new chunks and
 * reuses the space of old ones only once they hold nothing live and {@link
 * EmbeddedBackend#RETENTION} has passed: under a sustained surge the file grew to 640 MB for 26,000
 * reports, 13% of it live. Compacting rewrites the live pages of sparse chunks together and cuts
 * the file after the last chunk.
 */
final class Compaction {
  /** While idle, how long commands may be held back at most by one round. */
  static final Duration WHILE_IDLE = Duration.ofSeconds(2);

  // Below this share of live data the file is compacted, until at least the target is live: a
  // file compacted stays within two and a half times its data, within the three times promised
  // after an idle minute.
  private static final int COMPACT_BELOW_PERCENT = 40;
  private static final int TARGET_PERCENT = 45;
  private static final int MAX_ROUNDS = 12;
  // What compactFile itself moves at a time: moving without a limit tripped H2's own check that a
  // moved chunk lands below the chunks still to move (under -ea, which closed the store).
  private static final long MOVE_BYTES = 16L << 20;
  private static final String ROUNDS_MAP = "embedded-server.compactions";

  private Compaction() {}

  /**
   * Compacts the file, for at most about {@code maxTime}, if less than {@value
   * #COMPACT_BELOW_PERCENT}% of it is live; returns whether it did. Callers make sure that no
   * command reads meanwhile: the chunks a round empties are given back at once, whoever might still
   * read an older version from them.
   */
  static boolean ifBloated(MVStore store, Duration maxTime) {
    if (store.isClosed() || livePercent(store) >= COMPACT_BELOW_PERCENT) {
      return false;
    }
    long deadline = System.nanoTime() + maxTime.toNanos();
    long versionsToKeep = store.getVersionsToKeep();
    // Kept older versions hold on to their pages: with H2's five, a compacted file stayed at three
    // times its data; with one, at two.
    store.setVersionsToKeep(1);
    try {
      MVMap<String, Long> rounds = store.openMap(ROUNDS_MAP);
      for (int round = 0;
          round < MAX_ROUNDS && livePercent(store) < TARGET_PERCENT && System.nanoTime() < deadline;
          round++) {
        // compactFile drops the retention to nothing, so that what it empties can go at once.
        store.compactFile((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        // H2 gives back the chunks a round emptied only once a later version is written; an idle
        // store writes none of its own.
        rounds.merge("rounds", 1L, Long::sum);
        store.commit();
        // compactFile moves chunks towards the start only in a round that also rewrote some: once
        // the chunks are full, the space before the last of them would stay.
        if (store.getFileStore() instanceof RandomAccessStore file) {
          file.compactMoveChunks(100, MOVE_BYTES, store);
        }
        rounds.merge("rounds", 1L, Long::sum);
        store.commit();
      }
    } finally {
      if (!store.isClosed()) {
        store.setVersionsToKeep((int) versionsToKeep);
        store.setRetentionTime((int) EmbeddedBackend.RETENTION.toMillis());
      }
    }
    return true;
  }

  /** The size of the file, in bytes. */
  static long fileBytes(MVStore store) {
    return store.getFileStore().size();
  }

  /**
   * The bytes of the file that hold live data, by H2's count: the share of the file its chunks
   * take, times the share of the chunks' pages still in use.
   */
  static long liveBytes(MVStore store) {
    return fileBytes(store) * livePercent(store) / 100;
  }

  private static int livePercent(MVStore store) {
    FileStore<?> file = store.getFileStore();
    return file.getFillRate() * file.getChunksFillRate() / 100;
  }
}
