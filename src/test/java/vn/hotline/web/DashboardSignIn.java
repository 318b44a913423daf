package vn.hotline.web;

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
 * Signs officers in to the web desk as {@link SignInIT} does, for the dashboard's tests: asks the
 * bot for a link with {@code /web}, then follows it in a browser or over plain HTTP.
 */
public final class DashboardSignIn {
  public static final String COOKIE = SessionFilter.COOKIE;
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Pattern LINK =
      Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/signin/[A-Za-z0-9_-]+)");

  private final FakeBotApi telegram;

  public DashboardSignIn(FakeBotApi telegram) {
    this.telegram = telegram;
  }

  /** The one-time link the bot sends {@code officer} for {@code /web}. */
  public String link(long officer) {
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

  /** Signs {@code officer} in in the browser; the browser then holds the session cookie. */
  public void inBrowser(Browser browser, long officer) {
    browser.open(link(officer));
    browser.driver().findElement(By.id("sign-in")).click();
    browser.await(d -> d.manage().getCookieNamed(COOKIE) != null);
  }

  /** Signs {@code officer} in over HTTP; gives the session cookie's value. */
  public String session(long officer) throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpResponse<String> answer =
          client.send(
              HttpRequest.newBuilder(URI.create(link(officer)))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(""))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(303);
      String setCookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
      return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    }
  }
}
