package vn.hotline.ticket;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The deployment's secret that orders its ticket codes: made once at random, kept by the store and
 * shared by every instance, never shown. Without it the codes people have seen give no hint of the
 * next one.
 */
public final class CodeKey {
  private static final int BYTES = 32;
  private static final String ALGORITHM = "HmacSHA256";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] secret;

  /** The key kept as {@code secret}: 32 bytes. */
  public CodeKey(byte[] secret) {
    if (secret.length != BYTES) {
      throw new IllegalArgumentException(
          "a code key has " + BYTES + " bytes, not " + secret.length);
    }
    this.secret = secret.clone();
  }

  /** A new key, for a store that has none yet. */
  public static CodeKey random() {
    byte[] secret = new byte[BYTES];
    RANDOM.nextBytes(secret);
    return new CodeKey(secret);
  }

  /** The bytes for the store to keep. */
  public byte[] secret() {
    return secret.clone();
  }

  // A new one per code: a Mac is not thread-safe, and a code is made once per filing.
  Mac mac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret, ALGORITHM));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return "CodeKey[hidden]";
  }
}
