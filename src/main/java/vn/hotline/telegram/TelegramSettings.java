package vn.hotline.telegram;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;

/**
 * How the service reaches Telegram, from the environment ({@code TELEGRAM_*}). The token is a
 * secret: it is never logged, and {@link #toString()} leaves it out.
 *
 * @param token the bot token from @BotFather; blank means no Telegram
 * @param apiUrl the Bot API base URL (Telegram's, a self-hosted server, or a test's fake)
 * @param webhookUrl the public HTTPS URL Telegram should post updates to; blank means long polling
 * @param webhookSecret the secret in the webhook path and header; derived from the token when blank
 */
@ConfigurationProperties("hotline.telegram")
public record TelegramSettings(
    @Nullable String token,
    @Nullable String apiUrl,
    @Nullable String webhookUrl,
    @Nullable String webhookSecret) {

  public TelegramSettings {
    token = token == null ? "" : token.strip();
    apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://api.telegram.org" : apiUrl.strip();
    webhookUrl = webhookUrl == null ? "" : webhookUrl.strip();
    webhookSecret = webhookSecret == null ? "" : webhookSecret.strip();
  }

  public boolean enabled() {
    return !token.isEmpty();
  }

  public boolean usesWebhook() {
    return !webhookUrl.isEmpty();
  }

  URI apiUri() {
    return URI.create(apiUrl);
  }

  @Override
  public String toString() {
    return "TelegramSettings[apiUrl=" + apiUrl + ", webhook=" + usesWebhook() + "]";
  }
}
