package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The telegram component of {@code /health} gives the reason while Telegram is unusable (and is
 * DOWN then: see {@link RevokedTokenIT}).
 */
class TelegramHealthTest {
  final TelegramStatus status = new TelegramStatus();
  final TelegramHealth health =
      new TelegramHealth(
          status, new TelegramSettings("1:x", "http://127.0.0.1:1", "https://hotline.test/", ""));

  @Test
  void aFailedWebhookRegistrationShowsItsReasonUntilItSucceeds() {
    assertThat(health.getHealthInformation()).containsEntry("receives", "webhook");

    status.webhookFailed("Connection refused");
    assertThat(health.getHealthInformation())
        .containsEntry("reason", "setWebhook failed: Connection refused");

    status.webhookRegistered();
    assertThat(health.getHealthInformation()).doesNotContainKey("reason");
  }

  @Test
  void aRefusedTokenKeepsWhatTelegramSaidFirst() {
    status.tokenRefused("HTTP 401: Unauthorized");
    status.tokenRefused("HTTP 401: something else");
    assertThat(health.getHealthInformation())
        .containsEntry("reason", "Telegram refuses the bot token: HTTP 401: Unauthorized");
  }
}
