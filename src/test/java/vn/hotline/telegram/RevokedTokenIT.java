package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import vn.hotline.notify.OutboxQueue;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;

/**
 * The bot token was revoked in @BotFather: Telegram answers 401 to every call. {@code /health}
 * shows the telegram component DOWN with the reason, the log says it once, and replies wait in the
 * outbox for a new token instead of being retried and given up as if the network had failed.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevokedTokenIT implements TestPropertyProvider {
  static final String SECRET = "revoked-token-webhook-secret";
  static final String REVOKED = "5550001111:AArevokedTokenForTestsOnly_x1022";
  static final Duration WAIT = Duration.ofSeconds(20);

  final FakeBotApi telegram = FakeBotApi.start();
  final int port = FreePort.find();
  final WebhookPoster webhook = new WebhookPoster(port, SECRET);
  final HttpClient http = HttpClient.newHttpClient();
  final ListAppender<ILoggingEvent> log = listen();

  @Inject OutboxQueue outbox;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(webhook.properties(telegram));
    properties.put("hotline.telegram.token", REVOKED);
    return properties;
  }

  @AfterAll
  void stop() {
    telegram.close();
    http.close();
    ((Logger) LoggerFactory.getLogger(TelegramStatus.class)).detachAppender(log);
  }

  @Test
  void aRevokedTokenShowsOnHealthIsLoggedOnceAndItsRepliesWaitUncounted() throws Exception {
    long first = Updates.nextId();
    long second = Updates.nextId();
    assertThat(
            webhook.post(
                http, Updates.text(first, 6_600_000_001L, "Chợ tự phát ở xã Phú Nghĩa", "vi")))
        .isEqualTo(200);
    Eventually.await(
        "a reply refused with 401",
        WAIT,
        () -> telegram.calls("sendMessage").stream().anyMatch(c -> c.status() == 401));
    assertThat(
            webhook.post(
                http, Updates.text(second, 6_600_000_002L, "Chợ tự phát ở xã Tân Thành", "vi")))
        .isEqualTo(200);
    OutboxQueue.Entry reply =
        Eventually.awaitValue(
            "the refused reply back in the queue",
            WAIT,
            () ->
                outbox
                    .find("in:" + first + ":0")
                    .filter(e -> e.state() == OutboxQueue.State.PENDING)
                    .orElse(null));
    assertThat(reply.attempts()).as("attempts counted").isZero();

    HttpResponse<String> health =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(503);
    assertThat(health.body())
        .contains("\"telegram\"", "Telegram refuses the bot token: HTTP 401: Unauthorized")
        .doesNotContain(REVOKED);
    assertThat(telegram.calls().stream().filter(c -> c.status() == 401).count())
        .as("calls refused: commands, webhook, the reply")
        .isGreaterThanOrEqualTo(3);
    assertThat(log.list)
        .filteredOn(e -> e.getFormattedMessage().contains("telegram refuses the bot token"))
        .hasSize(1);
  }

  private static ListAppender<ILoggingEvent> listen() {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    ((Logger) LoggerFactory.getLogger(TelegramStatus.class)).addAppender(appender);
    return appender;
  }
}
