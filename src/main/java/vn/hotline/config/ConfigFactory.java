package vn.hotline.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import vn.hotline.access.KeyRing;
import vn.hotline.category.Categories;
import vn.hotline.messages.Messages;
import vn.hotline.sla.SlaPolicy;
import vn.hotline.unit.UnitTree;

/**
 * Provides the deployment's configuration to the service. {@code Application} loads it before the
 * context starts (so that a broken file stops start-up with one line); tests get it from here.
 */
@Factory
class ConfigFactory {

  @Singleton
  @Requires(missingBeans = BotConfig.class)
  BotConfig botConfig(@Value("${hotline.bot-config-dir}") String dir) {
    return BotConfig.load(Path.of(dir));
  }

  @Singleton
  UnitTree units(BotConfig config) {
    return config.units();
  }

  @Singleton
  Categories categories(BotConfig config) {
    return config.categories();
  }

  @Singleton
  SlaPolicy sla(BotConfig config) {
    return config.sla();
  }

  @Singleton
  Messages messages(BotConfig config) {
    return config.messages();
  }

  /** The API keys in force; the roster reload ({@code /reload}, SIGHUP) reloads them too. */
  @Singleton
  KeyRing keyRing(BotConfig config) {
    return new KeyRing(
        config.apiKeys(), () -> BotConfig.reloadApiKeys(config.dir(), config.units()));
  }

  @Singleton
  @Requires(missingBeans = Clock.class)
  Clock clock() {
    return Clock.systemUTC();
  }
}
