package vn.hotline.webdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import vn.hotline.telegram.BotApiCall;
import vn.hotline.telegram.FakeBotApi;
import vn.hotline.telegram.Updates;
import vn.hotline.testing.Browser;
import vn.hotline.testing.Eventually;

/**
 * Signs an officer in to the web desk as they would: {@code /web} to the bot, then the link it
 * sends, opened in a browser or posted without one (for measuring the pages alone).
 */
final class QueueSignIn {
  static final Duration WAIT = Duration.ofSeconds(30);
  private static final Pattern LINK =
      Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/signin/[A-Za-z0-9_-]+)");

  private QueueSignIn() {}

  /** The officer's browser on the queue page. */
  static void inBrowser(FakeBotApi telegram, long officer, Browser browser) {
    browser.open(link(telegram, officer));
    browser.driver().findElement(By.id("sign-in")).click();
    browser.await(d -> d.findElement(By.id("queue-heading")));
  }

  /** The session cookie ({@code name=value}) of the officer, signed in without a browser. */
  static String cookie(FakeBotApi telegram, long officer) throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<Void> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(link(telegram, officer)))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      assertThat(answer.statusCode()).isEqualTo(303);
      String setCookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
      return setCookie.substring(0, setCookie.indexOf(';'));
    }
  }

  private static String link(FakeBotApi telegram, long officer) {
    int before = telegram.sentTo(officer).size();
    telegram.pushUpdate(Updates.text(officer, "/web"));
    BotApiCall message =
        Eventually.awaitValue(
            "the sign-in link",
            WAIT,
            () ->
                telegram.sentTo(officer).stream()
                    .skip(before)
                    .filter(c -> c.text() != null && LINK.matcher(c.text()).find())
                    .findFirst()
                    .orElse(null));
    Matcher matcher = LINK.matcher(message.text());
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }
}
