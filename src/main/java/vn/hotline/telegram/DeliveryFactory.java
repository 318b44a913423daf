package vn.hotline.telegram;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.hotline.notify.Delivery;

/**
 * Makes Telegram the outbox's channel when a bot token is configured; without one, nothing is sent.
 */
@Factory
@Requires(property = "hotline.telegram.token", pattern = ".*\\S.*")
class DeliveryFactory {

  @Singleton
  Delivery telegramDelivery(TelegramSettings settings) {
    return BotApiDelivery.create(settings);
  }
}
