package vn.hotline.telegram;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hotline.intake.Inbox;
import vn.hotline.intake.InboxProcessor;

/**
 * Receives updates Telegram posts to the webhook. The path carries the secret and so does the
 * {@code X-Telegram-Bot-Api-Secret-Token} header; both are checked in constant time, and a call
 * that fails either gets 401 and stores nothing. An update is answered 200 only once it is stored,
 * and not before it has been handled or a short wait has passed: Telegram then sends no more at
 * once than the connections it was allowed, and a burst waits there, not in memory here.
 */
@Controller("/telegram/webhook")
@Requires(property = "hotline.telegram.token", pattern = ".+")
final class WebhookController {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);

  private final WebhookSecret secret;
  private final Inbox inbox;
  private final InboxProcessor processor;
  private final Clock clock;

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
    var update =
        body == null
            ? java.util.Optional.<org.telegram.telegrambots.meta.api.objects.Update>empty()
            : UpdateJson.parse(body);
    if (update.isEmpty()) {
      LOG.warn(
          "telegram webhook: body is not an update ({} bytes)", body == null ? 0 : body.length());
      return HttpResponse.badRequest("not a Telegram update");
    }
    processor.submit(inbox.accept(List.of(UpdateJson.entry(update.get(), body, clock.instant()))));
    return HttpResponse.ok("");
  }
}
