package vn.hotline.telegram;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.hotline.config.Messages;
import vn.hotline.desk.Desk;
import vn.hotline.intake.Inbox;
import vn.hotline.intake.InboxProcessor;
import vn.hotline.intake.Intake;
import vn.hotline.intake.UpdateHandler;
import vn.hotline.notify.Outbox;

/**
 * Starts receiving when the service is up: the inbox processor always (updates may wait from before
 * a restart), and with a token either long polling or the webhook registration, plus the command
 * menu.
 */
@Singleton
final class TelegramLifecycle implements ApplicationEventListener<ServerStartupEvent> {
  private static final Logger LOG = LoggerFactory.getLogger(TelegramLifecycle.class);
  static final List<String> COMMANDS = List.of("start", "status", "mine", "cancel", "lang", "help");

  private final TelegramSettings settings;
  private final Inbox inbox;
  private final InboxProcessor processor;
  private final Messages messages;
  private final Clock clock;
  private LongPolling polling;

  TelegramLifecycle(
      TelegramSettings settings,
      Inbox inbox,
      InboxProcessor processor,
      Messages messages,
      Clock clock) {
    this.settings = settings;
    this.inbox = inbox;
    this.processor = processor;
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  public void onApplicationEvent(ServerStartupEvent event) {
    processor.start();
    if (!settings.enabled()) {
      return;
    }
    TelegramClient client = TelegramClients.create(settings, Duration.ofSeconds(20));
    publishCommands(client);
    if (settings.usesWebhook()) {
      registerWebhook(client);
    } else {
      polling = new LongPolling(LongPolling.client(settings), inbox, processor::submit, clock);
      polling.start();
      LOG.info("telegram=polling api={}", settings.apiUri().getHost());
    }
  }

  private void publishCommands(TelegramClient client) {
    for (String language : List.of("vi", "en")) {
      List<BotCommand> commands =
          COMMANDS.stream()
              .map(c -> new BotCommand(c, messages.text(Locale.of(language), "command." + c)))
              .toList();
      try {
        client.execute(SetMyCommands.builder().commands(commands).languageCode(language).build());
      } catch (TelegramApiException e) {
        LOG.warn("telegram setMyCommands failed: {}", e.getMessage());
      }
    }
  }

  private void registerWebhook(TelegramClient client) {
    WebhookSecret secret = WebhookSecret.of(settings);
    String url =
        settings.webhookUrl().replaceAll("/+$", "") + "/telegram/webhook/" + secret.value();
    try {
      client.execute(
          SetWebhook.builder()
              .url(url)
              .secretToken(secret.value())
              .allowedUpdates(LongPolling.ALLOWED_UPDATES)
              .maxConnections(40)
              .build());
      LOG.info("telegram=webhook registered");
    } catch (TelegramApiException e) {
      LOG.error("telegram setWebhook failed: {}", e.getMessage());
    }
  }

  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.close();
    }
  }

  /** The Telegram channel's handler for the inbox. */
  @Factory
  static class Handlers {
    @Singleton
    UpdateHandler telegramUpdates(Intake intake, Desk desk, Outbox outbox, Messages messages) {
      return new TelegramUpdateHandler(intake, desk, outbox, messages);
    }
  }
}
