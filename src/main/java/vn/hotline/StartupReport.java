package vn.hotline;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hotline.config.BotConfig;
import vn.hotline.store.MongoStore;

/** Says in the log what started and, when Telegram is not configured, how to connect it. */
@Singleton
final class StartupReport implements ApplicationEventListener<ServerStartupEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

  private final BotConfig config;
  private final MongoStore store;
  private final boolean telegramConfigured;

  StartupReport(
      BotConfig config,
      MongoStore store,
      @Value("${hotline.telegram.token:}") String token,
      @Value("${hotline.demo.enabled:false}") boolean demo) {
    this.config = config;
    this.store = store;
    // The demo plays Telegram itself and says so.
    this.telegramConfigured = demo || !token.isBlank();
  }

  @Override
  public void onApplicationEvent(ServerStartupEvent event) {
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
    LOG.info(
        "started port={} startup_ms={} units={} categories={} store={}",
        event.getSource().getPort(),
        uptime,
        config.units().all().size(),
        config.categories().all().size(),
        store.isEmbedded() ? "embedded" : "mongodb");
    if (config.roster().isEmpty()) {
      // Reports are taken and filed, and then wait for someone who is not there.
      LOG.warn(
          "officers.yml {}: nobody can work tickets; list the Command Centres' people in it (see"
              + " README)",
          Files.exists(config.dir().resolve("officers.yml")) ? "lists nobody" : "is missing");
    }
    if (!telegramConfigured) {
      LOG.info(
          "telegram=off: set TELEGRAM_BOT_TOKEN (from @BotFather) to connect the bot; see README");
    }
  }
}
