package vn.hotline.demo;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hotline.config.BotConfig;
import vn.hotline.config.ConfigException;
import vn.hotline.notify.Delivery;
import vn.hotline.telegram.BotApiDelivery;
import vn.hotline.telegram.TelegramSettings;

/**
 * Demo mode ({@code DEMO=true}): the stand-in Bot API starts with the context, and the service's
 * real Telegram client, inbox, outbox and desk work against it as against Telegram. Without the
 * setting none of this exists. The only class of the demo that knows Micronaut.
 *
 * <p>How the Telegram side is pointed at the stand-in: by replacing the {@link TelegramSettings}
 * bean, not by a property source. The stand-in's port is known only once it listens, which is after
 * Micronaut has read its property sources; and properties set from within the running context would
 * come too late for the beans whose {@code @Requires} read {@code hotline.telegram.token}. So the
 * replaced settings start long polling and the command menu (the lifecycle reads the bean), and the
 * delivery, which the Telegram package provides only for a configured token, is provided here
 * alike. The Telegram package is left as it is; its {@code /health} component, tied to the token,
 * is absent in demo mode.
 */
@Factory
@Requires(property = "hotline.demo.enabled", value = "true")
class DemoFactory {
  private static final Logger LOG = LoggerFactory.getLogger(DemoFactory.class);

  /** Why the demo refuses a real token: the one line the administrator reads. */
  static final String REAL_TOKEN_REFUSED =
      "DEMO=true and TELEGRAM_BOT_TOKEN are both set: the demo plays Telegram inside the service"
          + " and never connects a real bot; unset TELEGRAM_BOT_TOKEN to try the demo, or DEMO to"
          + " run the bot";

  @Singleton
  DemoChats demoChats() {
    return new DemoChats();
  }

  @Singleton
  DemoCast demoCast(BotConfig config) {
    return DemoCast.of(config.units(), config.roster());
  }

  /** Eager, so that a real token stops the start rather than the first message. */
  @Context
  @Bean(preDestroy = "close")
  DemoBotApi demoBotApi(
      DemoChats chats,
      DemoCast cast,
      Clock clock,
      @Value("${hotline.telegram.token:}") String realToken) {
    if (!realToken.isBlank()) {
      throw new ConfigException(REAL_TOKEN_REFUSED);
    }
    DemoBotApi api = DemoBotApi.start(chats, cast, clock);
    LOG.info(
        "demo=on: Telegram is played inside the service at {}; no real chat is reached", api.url());
    return api;
  }

  @Singleton
  DemoPlayer demoPlayer(DemoBotApi api) {
    return api.player();
  }

  @Singleton
  @Replaces(TelegramSettings.class)
  TelegramSettings demoTelegram(DemoBotApi api) {
    return new TelegramSettings(DemoBotApi.TOKEN, api.url(), "", "");
  }

  /**
   * Replaces rather than adds: with a token set the Telegram package provides a delivery too, and
   * whichever bean the start needs first must lead to the refusal, not to a choice between two.
   */
  @Singleton
  @Replaces(Delivery.class)
  Delivery demoDelivery(TelegramSettings settings) {
    return BotApiDelivery.create(settings);
  }
}
