package vn.hotline.telegram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import vn.hotline.testing.TempDirs;

/** Runs the service in webhook mode against a fake Bot API and posts updates as Telegram would. */
final class WebhookPoster {
  private final int port;
  private final String secret;

  WebhookPoster(int port, String secret) {
    this.port = port;
    this.secret = secret;
  }

  /** Micronaut properties: the fake Bot API, a webhook URL and secret, a fresh data directory. */
  Map<String, String> properties(FakeBotApi telegram) {
    Map<String, String> properties = new HashMap<>(telegram.properties());
    properties.put("hotline.data-dir", TempDirs.create("webhook").toString());
    properties.put("hotline.telegram.webhook-url", "https://hotline.test/");
    properties.put("hotline.telegram.webhook-secret", secret);
    properties.put("micronaut.server.port", String.valueOf(port));
    return properties;
  }

  /** Posts {@code body} with the right secret in path and header; returns the status. */
  int post(HttpClient http, String body) throws IOException, InterruptedException {
    return post(http, secret, secret, body);
  }

  /**
   * Posts {@code body} with the given secrets ({@code headerSecret} may be null); returns the
   * status.
   */
  int post(HttpClient http, String pathSecret, String headerSecret, String body)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/telegram/webhook/" + pathSecret))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headerSecret != null) {
      request.header("X-Telegram-Bot-Api-Secret-Token", headerSecret);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
