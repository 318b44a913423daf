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
 * An officer signed in to the web desk with the link the bot sends for {@code /web}: in a browser,
 * or as the session cookie for plain HTTP requests, with the CSRF token of a page.
 */
final class TicketDeskSession {
  static final Duration WAIT = Duration.ofSeconds(30);
  private static final Pattern LINK =
      Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/signin/[A-Za-z0-9_-]+)");
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  final String base;
  final String cookie;

  private TicketDeskSession(String base, String cookie) {
    this.base = base;
    this.cookie = cookie;
  }

  /** Asks the bot for a link as {@code officer} and signs in with it, without a browser. */
  static TicketDeskSession signIn(FakeBotApi telegram, String base, long officer) throws Exception {
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(URI.create(link(telegram, officer)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")));
    assertThat(answer.statusCode()).isEqualTo(303);
    String setCookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
    return new TicketDeskSession(base, setCookie.substring(0, setCookie.indexOf(';')));
  }

  /** Asks the bot for a link as {@code officer} and signs in with it in {@code browser}. */
  static void signIn(FakeBotApi telegram, Browser browser, long officer) {
    browser.open(link(telegram, officer));
    browser.driver().findElement(By.id("sign-in")).click();
    browser.await(d -> d.findElement(By.id("queue-scope")));
  }

  static String link(FakeBotApi telegram, long officer) {
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

  HttpResponse<String> get(String path) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Cookie", cookie)
            .header("Accept", "text/html")
            .GET());
  }

  /** The CSRF token the forms of the page at {@code path} carry. */
  String csrf(String path) throws Exception {
    Matcher matcher = CSRF.matcher(get(path).body());
    assertThat(matcher.find()).as("a form with a CSRF token on " + path).isTrue();
    return matcher.group(1);
  }

  HttpResponse<String> post(String path, String form) throws Exception {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Cookie", cookie)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
