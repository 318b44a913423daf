package vn.hotline.ticket;

import java.nio.ByteBuffer;
import javax.crypto.Mac;

/**
 * A keyed permutation of the numbers written with {@code length} digits of the code alphabet, so
 * that the codes of consecutive sequence numbers look unrelated to anyone without the key.
 *
 * <p>The digits are split into two halves that take turns, for ten rounds, to add a keyed hash of
 * the other half modulo their own size: the alternating Feistel network of NIST FF1, with
 * HMAC-SHA256 as the round function. Each round can be undone, so no two numbers meet; and since
 * the halves are sized in the code's own base, every length is covered exactly, without
 * cycle-walking.
 */
final class CodePermutation {
  private static final int ROUNDS = 10;
  private static final long BASE = TicketCode.ALPHABET.length();

  private CodePermutation() {}

  /** How many numbers {@code length} digits can write. */
  static long size(int length) {
    long size = 1;
    for (int i = 0; i < length; i++) {
      size *= BASE;
    }
    return size;
  }

  /** Where {@code value}, below {@link #size(int) size(length)}, goes under {@code key}. */
  static long apply(CodeKey key, long value, int length) {
    if (length < 2 || value < 0 || value >= size(length)) {
      throw new IllegalArgumentException(value + " is not a number of " + length + " digits");
    }
    long leftSize = size(length / 2);
    long rightSize = size(length - length / 2);
    long left = value / rightSize;
    long right = value % rightSize;
    Mac mac = key.mac();
    // An even number of rounds leaves each half the size it started with.
    for (int round = 0; round < ROUNDS; round++) {
      long modulus = round % 2 == 0 ? leftSize : rightSize;
      long mixed =
          (left + Long.remainderUnsigned(hash(mac, length, round, right), modulus)) % modulus;
      left = right;
      right = mixed;
    }
    return left * rightSize + right;
  }

  // The length is hashed too, so that each length has a permutation of its own.
  private static long hash(Mac mac, int length, int round, long half) {
    byte[] input =
        ByteBuffer.allocate(10).put((byte) length).put((byte) round).putLong(half).array();
    return ByteBuffer.wrap(mac.doFinal(input)).getLong();
  }
}
