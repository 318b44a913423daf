package vn.hotline.desk;

import java.util.Arrays;
import java.util.List;

/**
 * How often each pair of neighbouring words occurs in a text, and the cosine similarity of two such
 * counts. Every open report keeps one in memory, so the pairs are kept as sorted 64-bit hashes
 * beside their counts: about a hundred bytes a report, where a map of strings took a kilobyte. Two
 * different pairs share a hash with a chance of about one in 10^18, far below what would change a
 * hint to officers.
 */
final class WordPairs {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final long[] hashes;
  private final int[] counts;
  private final double norm;

  private WordPairs(long[] hashes, int[] counts) {
    this.hashes = hashes;
    this.counts = counts;
    long squares = 0;
    for (int count : counts) {
      squares += (long) count * count;
    }
    this.norm = Math.sqrt(squares);
  }

  /** The pairs of neighbouring {@code words}; a single word counts as a pair of its own. */
  static WordPairs of(List<String> words) {
    long[] all =
        words.size() == 1
            ? new long[] {hash(words.getFirst())}
            : new long[Math.max(0, words.size() - 1)];
    for (int i = 0; i + 1 < words.size(); i++) {
      all[i] = hash(words.get(i) + " " + words.get(i + 1));
    }
    Arrays.sort(all);
    int distinct = 0;
    int[] counts = new int[all.length];
    for (int i = 0; i < all.length; i++) {
      if (distinct > 0 && all[distinct - 1] == all[i]) {
        counts[distinct - 1]++;
      } else {
        all[distinct] = all[i];
        counts[distinct++] = 1;
      }
    }
    return new WordPairs(Arrays.copyOf(all, distinct), Arrays.copyOf(counts, distinct));
  }

  /** The cosine of the angle between the two counts: 1 for the same text, 0 for nothing shared. */
  double cosine(WordPairs other) {
    if (norm == 0 || other.norm == 0) {
      return 0;
    }
    long dot = 0;
    int i = 0;
    int j = 0;
    while (i < hashes.length && j < other.hashes.length) {
      int order = Long.compare(hashes[i], other.hashes[j]);
      if (order == 0) {
        dot += (long) counts[i++] * other.counts[j++];
      } else if (order < 0) {
        i++;
      } else {
        j++;
      }
    }
    return dot / (norm * other.norm);
  }

  private static long hash(String pair) {
    long hash = FNV_OFFSET;
    for (int i = 0; i < pair.length(); i++) {
      hash = (hash ^ pair.charAt(i)) * FNV_PRIME;
    }
    return hash;
  }
}
