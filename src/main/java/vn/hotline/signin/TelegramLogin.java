package vn.hotline.signin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks what the Telegram Login Widget hands back, as Telegram documents it: the fields other than
 * {@code hash}, sorted and joined as {@code key=value} lines, signed with HMAC-SHA-256 under the
 * SHA-256 of the bot's token. A signature older than a day is refused, so that a captured sign-in
 * cannot be replayed for long.
 */
public final class TelegramLogin {
  static final Duration MAX_AGE = Duration.ofDays(1);

  private final byte[] secret;

  public TelegramLogin(String botToken) {
    try {
      this.secret =
          MessageDigest.getInstance("SHA-256").digest(botToken.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The Telegram user id the fields vouch for, or empty when the signature or age is wrong. */
  public Optional<Long> userId(Map<String, String> fields, Instant now) {
    String hash = fields.get("hash");
    String id = fields.get("id");
    String authDate = fields.get("auth_date");
    if (hash == null || id == null || authDate == null) {
      return Optional.empty();
    }
    byte[] expected = sign(checkString(fields));
    byte[] presented;
    try {
      presented = HexFormat.of().parseHex(hash);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!MessageDigest.isEqual(expected, presented)) {
      return Optional.empty();
    }
    try {
      Instant signedAt = Instant.ofEpochSecond(Long.parseLong(authDate));
      if (signedAt.isBefore(now.minus(MAX_AGE)) || signedAt.isAfter(now.plusSeconds(60))) {
        return Optional.empty();
      }
      return Optional.of(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The signature Telegram would give {@code fields}, as hex: for tests and tools. */
  public String signatureOf(Map<String, String> fields) {
    return HexFormat.of().formatHex(sign(checkString(fields)));
  }

  private static String checkString(Map<String, String> fields) {
    return new TreeMap<>(fields)
        .entrySet().stream()
            .filter(e -> !e.getKey().equals("hash"))
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("\n"));
  }

  private byte[] sign(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HMAC-SHA-256", e);
    }
  }
}
