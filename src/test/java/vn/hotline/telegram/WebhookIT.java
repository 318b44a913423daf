package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.intake.Inbox;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Tickets;

/** Updates posted to the webhook, as Telegram does when a webhook URL is configured. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookIT implements TestPropertyProvider {
  static final String SECRET = "s3cret-webhook-token-for-tests";
  static final Duration WAIT = Duration.ofSeconds(15);
  final FakeBotApi telegram = FakeBotApi.start();
  final WebhookPoster webhook = new WebhookPoster(FreePort.find(), SECRET);
  final HttpClient http = HttpClient.newHttpClient();

  @Inject Tickets tickets;
  @Inject Inbox inbox;

  @Override
  public Map<String, String> getProperties() {
    return webhook.properties(telegram);
  }

  @AfterAll
  void stop() {
    telegram.close();
    http.close();
  }

  int post(String pathSecret, String headerSecret, String body) throws Exception {
    return webhook.post(http, pathSecret, headerSecret, body);
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
    assertThat(tickets.reportedBy(Channel.TELEGRAM, String.valueOf(chat), 10)).isEmpty();
  }

  @Test
  void theSameUpdateDeliveredTwiceMakesOneTicket() throws Exception {
    long chat = 6_200_000_002L;
    String update =
        Updates.text(Updates.nextId(), chat, "Chợ tự phát ở ấp 4 xã Phú Nghĩa đông lắm", "vi");
    assertThat(post(SECRET, SECRET, update)).isEqualTo(200);
    assertThat(post(SECRET, SECRET, update)).isEqualTo(200);
    telegram.awaitMessages(chat, 1, WAIT);
    assertThat(tickets.reportedBy(Channel.TELEGRAM, String.valueOf(chat), 10)).hasSize(1);
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
    assertThat(
            tickets
                .reportedBy(Channel.TELEGRAM, String.valueOf(chat), 10)
                .getFirst()
                .reported()
                .text())
        .hasSizeLessThan(4100);
  }
}
