package vn.hotline.telegram;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.hotline.notify.Delivery;

/**
 * Makes Telegram the outbox's channel when a bot token is configured; without one, nothing is sent.
 * A refused token is reported to the {@link TelegramStatus}.
 */
@Factory
@Requires(property = "hotline.telegram.token", pattern = ".*\\S.*")
class DeliveryFactory {

  @Singleton
  Delivery telegramDelivery(TelegramSettings settings, TelegramStatus status) {
    BotApiDelivery delivery = BotApiDelivery.create(settings);
    return (message, target) -> {
      Delivery.Outcome outcome = delivery.deliver(message, target);
      if (outcome instanceof Delivery.Outcome.Unauthorised refused) {
        status.tokenRefused(refused.reason());
      }
      return outcome;
    };
  }
}
