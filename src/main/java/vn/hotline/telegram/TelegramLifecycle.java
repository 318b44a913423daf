package vn.hotline.telegram;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.hotline.intake.InboundHandler;
import vn.hotline.intake.Inbox;
import vn.hotline.intake.InboxProcessor;
import vn.hotline.intake.Intake;
import vn.hotline.intake.UpdateHandler;
import vn.hotline.messages.Messages;
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
  private static final Duration WEBHOOK_RETRY = Duration.ofMinutes(1);

  private final TelegramSettings settings;
  private final Inbox inbox;
  private final InboxProcessor processor;
  private final Messages messages;
  private final TelegramStatus status;
  private final Clock clock;
  private final ScheduledExecutorService retries =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("telegram-webhook").daemon().factory());
  private LongPolling polling;

  TelegramLifecycle(
      TelegramSettings settings,
      Inbox inbox,
      InboxProcessor processor,
      Messages messages,
      TelegramStatus status,
      Clock clock) {
    this.settings = settings;
    this.status = status;
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
      polling =
          new LongPolling(
              LongPolling.client(settings), inbox, processor::submit, status::tokenRefused, clock);
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
        if (!refusedToken(e)) {
          LOG.warn("telegram setMyCommands failed: {}", e.getMessage());
        }
      }
    }
  }

  /**
   * Registers the webhook; when that fails, {@code /health} says so and it is tried again every
   * minute, unless Telegram refuses the token, which no retry mends.
   */
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
      status.webhookRegistered();
      LOG.info("telegram=webhook registered");
    } catch (TelegramApiException e) {
      if (refusedToken(e)) {
        return;
      }
      String reason =
          e instanceof TelegramApiRequestException r ? r.getApiResponse() : e.getMessage();
      status.webhookFailed(reason);
      LOG.error("telegram setWebhook failed, trying again in {}: {}", WEBHOOK_RETRY, reason);
      retries.schedule(() -> registerWebhook(client), WEBHOOK_RETRY.toSeconds(), TimeUnit.SECONDS);
    }
  }

  private boolean refusedToken(TelegramApiException e) {
    if (e instanceof TelegramApiRequestException r
        && r.getErrorCode() != null
        && r.getErrorCode() == 401) {
      status.tokenRefused("HTTP 401: " + r.getApiResponse());
      return true;
    }
    return false;
  }

  @PreDestroy
  void stop() {
    retries.shutdownNow();
    if (polling != null) {
      polling.close();
    }
  }

  /**
   * The Telegram channel's handler for the inbox, with the handlers it asks in this order: the desk
   * first, so that nothing of the desk's reaches citizen intake; the group notice last, since it
   * answers any button press.
   */
  @Factory
  static class Handlers {
    @Singleton
    UpdateHandler telegramUpdates(
        @Named("desk") InboundHandler desk, Intake intake, Outbox outbox, Messages messages) {
      return new TelegramUpdateHandler(
          List.of(desk, new PrivateChats(intake), new GroupNotice(outbox, messages)));
    }
  }
}
