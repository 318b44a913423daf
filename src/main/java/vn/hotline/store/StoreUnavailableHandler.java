package vn.hotline.store;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hotline.logging.RepeatedFailures;

/**
 * A request that needed the store while it could not save gets 503 with {@code Retry-After}: for
 * the webhook, Telegram keeps the update and sends it again, and nothing was answered 200 without
 * being stored. The log says so once, then once a minute with a count.
 */
@Singleton
final class StoreUnavailableHandler
    implements ExceptionHandler<MongoException, HttpResponse<String>> {
  private static final Logger LOG = LoggerFactory.getLogger(StoreUnavailableHandler.class);
  static final String RETRY_AFTER_SECONDS = "5";

  private final RepeatedFailures failures = new RepeatedFailures(Duration.ofMinutes(1));
  private final Clock clock;

  StoreUnavailableHandler(Clock clock) {
    this.clock = clock;
  }

  // The server's own words where it gave them, not the driver's paragraph around them.
  private static String reason(MongoException failure) {
    return switch (failure) {
      case MongoCommandException command -> command.getErrorMessage();
      case MongoWriteException write -> write.getError().getMessage();
      default -> failure.getMessage();
    };
  }

  @Override
  public HttpResponse<String> handle(HttpRequest request, MongoException failure) {
    failures
        .occurred(clock.instant())
        .ifPresent(
            skipped ->
                LOG.error(
                    "store cannot save, answering 503: {} ({} more since the last such line)",
                    reason(failure),
                    skipped));
    return HttpResponse.<String>status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", RETRY_AFTER_SECONDS)
        .contentType(MediaType.TEXT_PLAIN_TYPE)
        .body("the store cannot save now; try again later");
  }
}
