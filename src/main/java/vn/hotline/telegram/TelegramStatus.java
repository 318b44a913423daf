package vn.hotline.telegram;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether Telegram takes this service: it may refuse the bot token (a token revoked in @BotFather
 * answers 401 to every call), or the webhook may not be registered. {@code /health} shows it as the
 * {@code telegram} component; a refused token is said in one log line, however many calls meet it.
 */
@Singleton
final class TelegramStatus {
  private static final Logger LOG = LoggerFactory.getLogger(TelegramStatus.class);

  private String tokenRefused;
  private String webhookFailed;

  /** Telegram answered 401 to a call: {@code answer} is what it said. */
  synchronized void tokenRefused(String answer) {
    if (tokenRefused != null) {
      return;
    }
    tokenRefused = answer;
    LOG.error(
        "telegram refuses the bot token ({}): nothing is sent or received until"
            + " TELEGRAM_BOT_TOKEN is replaced and the service restarted; replies wait in the"
            + " outbox",
        answer);
  }

  synchronized void webhookFailed(String reason) {
    webhookFailed = reason;
  }

  synchronized void webhookRegistered() {
    webhookFailed = null;
  }

  /** What keeps Telegram from working with this service, if anything. */
  synchronized Optional<String> problem() {
    if (tokenRefused != null) {
      return Optional.of("Telegram refuses the bot token: " + tokenRefused);
    }
    return Optional.ofNullable(webhookFailed).map(reason -> "setWebhook failed: " + reason);
  }
}
