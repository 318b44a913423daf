package vn.hotline.telegram;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that proves a webhook call comes from Telegram: it is in the path Telegram posts to
 * and in the {@code X-Telegram-Bot-Api-Secret-Token} header. Given, or derived from the bot token
 * so that it is stable across restarts without another setting.
 */
final class WebhookSecret {
  private final byte[] secret;

  private WebhookSecret(String secret) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  static WebhookSecret of(TelegramSettings settings) {
    if (!settings.webhookSecret().isEmpty()) {
      if (!settings.webhookSecret().matches("[A-Za-z0-9_-]{16,256}")) {
        throw new IllegalArgumentException(
            "TELEGRAM_WEBHOOK_SECRET must be 16 to 256 characters A-Z, a-z, 0-9, _ or -");
      }
      return new WebhookSecret(settings.webhookSecret());
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(settings.token().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] derived = mac.doFinal("hotline-webhook".getBytes(StandardCharsets.UTF_8));
      return new WebhookSecret(HexFormat.of().formatHex(derived, 0, 24));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  String value() {
    return new String(secret, StandardCharsets.UTF_8);
  }

  /** Compares in constant time, so that timing tells an attacker nothing about the secret. */
  boolean matches(String given) {
    return given != null && MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8));
  }
}
