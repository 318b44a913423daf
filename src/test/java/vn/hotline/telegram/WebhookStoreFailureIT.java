package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import com.mongodb.MongoException;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.intake.Inbox;
import vn.hotline.testing.FreePort;

/**
 * The webhook's one promise to Telegram: 200 only for an update that is stored. When the inbox
 * cannot store (here a mocked inbox that fails as the store does), the answer is 503 with a time to
 * retry, so that Telegram sends the update again, and nothing else is done with it.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookStoreFailureIT implements TestPropertyProvider {
  static final String SECRET = "s3cret-webhook-token-for-tests";
  final FakeBotApi telegram = FakeBotApi.start();
  final int port = FreePort.find();
  final HttpClient http = HttpClient.newHttpClient();

  @Inject Inbox inbox;

  @MockBean(Inbox.class)
  Inbox failingInbox() {
    return mock(Inbox.class);
  }

  @Override
  public Map<String, String> getProperties() {
    return new WebhookPoster(port, SECRET).properties(telegram);
  }

  @AfterAll
  void stop() {
    telegram.close();
    http.close();
  }

  @Test
  void anUpdateTheStoreCannotSaveIsAnswered503AndGoesNoFurther() throws Exception {
    // What the service did with the inbox at start-up (reading unfinished updates) is not this
    // test's business.
    clearInvocations(inbox);
    when(inbox.accept(anyList())).thenThrow(new MongoException("No space left on device"));
    String update = Updates.text(Updates.nextId(), 6_200_000_099L, "Chợ tự phát ở ấp 4", "vi");

    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/telegram/webhook/" + SECRET))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).isPresent();
    verify(inbox).accept(anyList());
    verifyNoMoreInteractions(inbox);
  }
}
