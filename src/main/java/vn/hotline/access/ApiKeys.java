package vn.hotline.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The API keys in force: finds the key a caller presents by its hash. */
public final class ApiKeys {
  private static final ApiKeys NONE = new ApiKeys(List.of());

  private final List<ApiKey> keys;

  private ApiKeys(List<ApiKey> keys) {
    this.keys = List.copyOf(keys);
  }

  public static ApiKeys of(List<ApiKey> keys) {
    return new ApiKeys(keys);
  }

  /** No keys: the API answers nobody. */
  public static ApiKeys none() {
    return NONE;
  }

  public List<ApiKey> all() {
    return keys;
  }

  /**
   * The key whose hash is the hash of {@code presentedKey}, or empty. Every configured hash is
   * compared, each in constant time, so that the answer's timing tells nothing about which hash
   * came close.
   */
  public Optional<ApiKey> find(String presentedKey) {
    if (presentedKey == null || presentedKey.isEmpty()) {
      return Optional.empty();
    }
    byte[] presented = HexFormat.of().parseHex(sha256Hex(presentedKey));
    ApiKey found = null;
    for (ApiKey key : keys) {
      boolean same = MessageDigest.isEqual(presented, HexFormat.of().parseHex(key.sha256()));
      if (same && found == null) {
        found = key;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The SHA-256 of the key's UTF-8 bytes, as 64 lower-case hex digits. */
  public static String sha256Hex(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
