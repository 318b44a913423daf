package vn.hotline.telegram;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.hotline.intake.Inbox;
import vn.hotline.intake.InboxProcessor;
import vn.hotline.logging.RepeatedFailures;

/**
 * Receives updates Telegram posts to the webhook. The path carries the secret and so does the
 * {@code X-Telegram-Bot-Api-Secret-Token} header; both are checked in constant time, and a call
 * that fails either gets 401 and stores nothing, and so does a body that is not an update (400). An
 * update is answered 200 only once it is stored, and not before it has been handled or a short wait
 * has passed: Telegram then sends no more at once than the connections it was allowed, and a burst
 * waits there, not in memory here.
 */
@Controller("/telegram/webhook")
@Requires(property = "hotline.telegram.token", pattern = ".+")
final class WebhookController {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);

  private final WebhookSecret secret;
  private final Inbox inbox;

  /** The largest update taken, as the server's limit was before it grew for photo uploads. */
  static final int MAX_UPDATE_CHARS = 1024 * 1024;

  private final InboxProcessor processor;
  private final Clock clock;
  // Whoever posts garbage may post it fast: one line a minute, with the count.
  private final RepeatedFailures notUpdates = new RepeatedFailures(Duration.ofMinutes(1));

  WebhookController(TelegramSettings settings, Inbox inbox, InboxProcessor processor, Clock clock) {
    this.secret = WebhookSecret.of(settings);
    this.inbox = inbox;
    this.processor = processor;
    this.clock = clock;
  }

  @Post(value = "/{pathSecret}", consumes = MediaType.ALL, produces = MediaType.TEXT_PLAIN)
  @ExecuteOn(TaskExecutors.BLOCKING)
  HttpResponse<String> receive(
      @PathVariable String pathSecret,
      @Nullable @Header("X-Telegram-Bot-Api-Secret-Token") String headerSecret,
      @Nullable @Body String body) {
    // Evaluate both comparisons, so that timing does not tell which one failed.
    boolean pathOk = secret.matches(pathSecret);
    boolean headerOk = secret.matches(headerSecret);
    if (!(pathOk & headerOk)) {
      return HttpResponse.unauthorized();
    }
    // The server takes bodies up to the web desk's photo uploads; an update is never that large.
    if (body != null && body.length() > MAX_UPDATE_CHARS) {
      return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE);
    }
    // Anything that reads as an update is stored and answered 200, even one the bot cannot use:
    // Telegram would send it again and again otherwise. The handler keeps it as unusable.
    Optional<Update> update = UpdateJson.parse(body);
    if (update.isEmpty()) {
      int length = body == null ? 0 : body.length();
      notUpdates
          .occurred(clock.instant())
          .ifPresent(
              skipped ->
                  LOG.warn(
                      "telegram webhook: body is not an update ({} chars), answered 400 ({} more"
                          + " since the last such line)",
                      length,
                      skipped));
      return HttpResponse.badRequest("not a Telegram update");
    }
    processor.submit(inbox.accept(List.of(UpdateJson.entry(update.get(), body, clock.instant()))));
    return HttpResponse.ok("");
  }
}
