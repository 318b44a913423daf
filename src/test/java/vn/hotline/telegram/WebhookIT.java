package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.intake.Inbox;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;
import vn.hotline.ticket.Tickets;

/** Updates posted to the webhook, as Telegram does when a webhook URL is configured. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookIT implements TestPropertyProvider {
  static final String SECRET = "s3cret-webhook-token-for-tests";
  static final Duration WAIT = Duration.ofSeconds(15);
  final FakeBotApi telegram = FakeBotApi.start();
  final int port = FreePort.find();
  final HttpClient http = HttpClient.newHttpClient();

  @Inject Tickets tickets;
  @Inject Inbox inbox;

  @Override
  public Map<String, String> getProperties() {
    try {
      Map<String, String> properties = new HashMap<>(telegram.properties());
      properties.put("hotline.data-dir", Files.createTempDirectory("webhook").toString());
      properties.put("hotline.telegram.webhook-url", "https://hotline.test/");
      properties.put("hotline.telegram.webhook-secret", SECRET);
      properties.put("micronaut.server.port", String.valueOf(port));
      return properties;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  void stop() {
    telegram.close();
    http.close();
  }

  int post(String pathSecret, String headerSecret, String body) throws Exception {
    var request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/telegram/webhook/" + pathSecret))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headerSecret != null) {
      request.header("X-Telegram-Bot-Api-Secret-Token", headerSecret);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  @Test
  void theServiceRegistersItsWebhookWithTheSecret() {
    Eventually.await("setWebhook", WAIT, () -> telegram.webhook().isPresent());
    var webhook = telegram.webhook().orElseThrow();
    assertThat(webhook.url()).isEqualTo("https://hotline.test/telegram/webhook/" + SECRET);
    assertThat(webhook.secretToken()).isEqualTo(SECRET);
    assertThat(webhook.allowedUpdates()).contains("callback_query");
  }

  @Test
  void aWrongOrMissingSecretGets401AndStoresNothing() throws Exception {
    long chat = 6_200_000_001L;
    long updateId = Updates.nextId();
    String update = Updates.text(updateId, chat, "Chợ tự phát ở ấp 4 xã Phú Nghĩa", "vi");
    assertThat(post(SECRET, null, update)).isEqualTo(401);
    assertThat(post(SECRET, "wrong", update)).isEqualTo(401);
    assertThat(post("wrong", SECRET, update)).isEqualTo(401);
    assertThat(inbox.lastUpdateId("telegram").orElse(0L)).isLessThan(updateId);
    assertThat(tickets.reportedBy("telegram", String.valueOf(chat), 10)).isEmpty();
  }

  @Test
  void theSameUpdateDeliveredTwiceMakesOneTicket() throws Exception {
    long chat = 6_200_000_002L;
    String update =
        Updates.text(Updates.nextId(), chat, "Chợ tự phát ở ấp 4 xã Phú Nghĩa đông lắm", "vi");
    assertThat(post(SECRET, SECRET, update)).isEqualTo(200);
    assertThat(post(SECRET, SECRET, update)).isEqualTo(200);
    telegram.awaitMessages(chat, 1, WAIT);
    assertThat(tickets.reportedBy("telegram", String.valueOf(chat), 10)).hasSize(1);
    assertThat(telegram.sentTo(chat)).hasSize(1);
  }

  @Test
  void aBodyThatIsNotAnUpdateIsRefusedClearly() throws Exception {
    assertThat(post(SECRET, SECRET, "\u0000\u0001 not json")).isEqualTo(400);
    assertThat(post(SECRET, SECRET, "{\"hello\": 1}")).isEqualTo(400);
  }

  @Test
  void aHugeTextAndAnUnknownUpdateTypeAreHandledWithoutErrors() throws Exception {
    long chat = 6_200_000_003L;
    String huge =
        Updates.text(Updates.nextId(), chat, "chợ tự phát ở xã Phú Nghĩa ".repeat(5000), "vi");
    assertThat(post(SECRET, SECRET, huge)).isEqualTo(200);
    String poll =
        "{\"update_id\": "
            + Updates.nextId()
            + ", \"poll\": {\"id\": \"1\", \"question\": \"?\","
            + " \"options\": [], \"total_voter_count\": 0, \"is_closed\": false, \"is_anonymous\": true,"
            + " \"type\": \"regular\", \"allows_multiple_answers\": false}}";
    assertThat(post(SECRET, SECRET, poll)).isEqualTo(200);
    telegram.awaitMessages(chat, 1, WAIT);
    assertThat(tickets.reportedBy("telegram", String.valueOf(chat), 10).getFirst().text())
        .hasSizeLessThan(4100);
  }
}
