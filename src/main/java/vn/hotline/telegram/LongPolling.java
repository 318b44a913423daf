package vn.hotline.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.hotline.intake.Inbox;
import vn.hotline.intake.InboxEntry;

/**
 * Fetches updates with getUpdates and stores them in the inbox before asking for the next ones:
 * Telegram drops an update only when a later call asks past it, so an update is confirmed only once
 * it is stored. (The library's own long-polling receiver advances first and keeps its offset in
 * memory.)
 */
final class LongPolling implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LongPolling.class);
  static final List<String> ALLOWED_UPDATES =
      List.of("message", "edited_message", "callback_query");
  private static final int POLL_SECONDS = 25;
  private static final Duration REFUSED_TOKEN_WAIT = Duration.ofMinutes(5);

  private final TelegramClient client;
  private final Inbox inbox;
  private final Consumer<List<InboxEntry>> onStored;
  private final Consumer<String> tokenRefused;
  private final Clock clock;
  private volatile boolean running;
  private Thread thread;

  /** {@code tokenRefused} hears what Telegram said when it refuses the bot token (HTTP 401). */
  LongPolling(
      TelegramClient client,
      Inbox inbox,
      Consumer<List<InboxEntry>> onStored,
      Consumer<String> tokenRefused,
      Clock clock) {
    this.client = client;
    this.inbox = inbox;
    this.onStored = onStored;
    this.tokenRefused = tokenRefused;
    this.clock = clock;
  }

  static TelegramClient client(TelegramSettings settings) {
    return TelegramClients.create(settings, Duration.ofSeconds(POLL_SECONDS + 15));
  }

  void start() {
    running = true;
    thread = Thread.ofPlatform().name("telegram-polling").daemon().start(this::run);
  }

  private void run() {
    long offset = inbox.lastUpdateId(UpdateJson.CHANNEL).map(last -> last + 1).orElse(0L);
    Backoff backoff = new Backoff();
    boolean webhookRemoved = false;
    while (running) {
      try {
        if (!webhookRemoved) {
          // getUpdates and a webhook exclude each other.
          client.execute(DeleteWebhook.builder().dropPendingUpdates(false).build());
          webhookRemoved = true;
        }
        List<Update> updates =
            client.execute(
                GetUpdates.builder()
                    .offset((int) offset)
                    .timeout(POLL_SECONDS)
                    .limit(100)
                    .allowedUpdates(ALLOWED_UPDATES)
                    .build());
        offset = store(updates, offset);
        backoff.reset();
      } catch (TelegramApiRequestException e) {
        if (e.getErrorCode() != null && e.getErrorCode() == 401) {
          // No retry mends a revoked token; one call in a while shows whether it was a glitch.
          tokenRefused.accept("HTTP 401: " + e.getApiResponse());
          pause(REFUSED_TOKEN_WAIT);
          continue;
        }
        Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        LOG.warn("telegram getUpdates refused code={} {}", e.getErrorCode(), e.getApiResponse());
        pause(retryAfter != null ? Duration.ofSeconds(retryAfter) : backoff.next());
      } catch (Exception e) {
        if (running) {
          LOG.warn("telegram getUpdates failed: {}", e.toString());
          pause(backoff.next());
        }
      }
    }
  }

  private long store(List<Update> updates, long offset) {
    if (updates.isEmpty()) {
      return offset;
    }
    var now = clock.instant();
    List<InboxEntry> entries =
        updates.stream().map(u -> UpdateJson.entry(u, UpdateJson.write(u), now)).toList();
    onStored.accept(inbox.accept(entries));
    long last = updates.stream().mapToLong(Update::getUpdateId).max().orElse(offset - 1);
    return Math.max(offset, last + 1);
  }

  private void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @Override
  public void close() {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
  }

  /** Waits longer after each failure in a row, up to a minute. */
  static final class Backoff {
    private int failures;

    Duration next() {
      failures = Math.min(failures + 1, 6);
      return Duration.ofSeconds(1L << failures).compareTo(Duration.ofMinutes(1)) > 0
          ? Duration.ofMinutes(1)
          : Duration.ofSeconds(1L << failures);
    }

    void reset() {
      failures = 0;
    }
  }
}
