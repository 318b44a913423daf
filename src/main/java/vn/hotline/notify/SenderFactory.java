package vn.hotline.notify;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import java.time.Clock;

/**
 * Runs the sender whenever a channel to deliver through exists (a {@link Delivery} bean, which the
 * Telegram package provides when a token is set): started with the application, stopped with it.
 * Without one, messages simply wait in the outbox.
 */
@Factory
class SenderFactory {

  @Context
  @Bean(preDestroy = "stop")
  @Requires(beans = Delivery.class)
  Sender sender(
      OutboxQueue queue,
      Delivery delivery,
      OutboxSettings settings,
      Clock clock,
      MeterRegistry registry) {
    Sender sender = new Sender(queue, delivery, settings, clock, registry);
    sender.start();
    return sender;
  }
}
