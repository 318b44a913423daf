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
 * Signs officers in to the web desk of a service under test as they would: {@code /web} to the bot
 * (a {@link FakeBotApi}), then the link it sends, opened in a browser or posted over plain HTTP.
 */
public final class WebSignIn {
  public static final String COOKIE = SessionFilter.COOKIE;
  public static final Duration WAIT = Duration.ofSeconds(30);
  private static final Pattern LINK =
      Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/signin/[A-Za-z0-9_-]+)");
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final FakeBotApi telegram;
  private final String base;

  /** For the service at {@code base} ({@code http://127.0.0.1:PORT}) that talks to telegram. */
  public WebSignIn(FakeBotApi telegram, String base) {
    this.telegram = telegram;
    this.base = base;
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

  /**
   * Signs {@code officer} in in the browser and waits for the queue page the sign-in sends to; the
   * browser then holds the session cookie.
   */
  public void inBrowser(Browser browser, long officer) {
    browser.open(link(officer));
    browser.driver().findElement(By.id("sign-in")).click();
    browser.await(d -> d.findElement(By.id("queue-scope")));
  }

  /** Signs {@code officer} in without a browser. */
  public Session overHttp(long officer) throws Exception {
    return overHttp(link(officer));
  }

  /** Signs in without a browser with a link the bot sent. */
  public Session overHttp(String link) throws Exception {
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(URI.create(link))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(303);
    String setCookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
    return new Session(
        base, setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';')));
  }

  /** The session the browser signed in holds. */
  public Session of(Browser browser) {
    return new Session(base, browser.driver().manage().getCookieNamed(COOKIE).getValue());
  }

  /** One request, on a client of its own. */
  public static <T> HttpResponse<T> send(
      HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(request.build(), body);
    }
  }

  /** A signed-in session of the service at {@code base}, for plain HTTP requests. */
  public record Session(String base, String id) {
    /** The {@code Cookie} header's value that carries the session. */
    public String cookie() {
      return COOKIE + "=" + id;
    }

    public HttpResponse<String> get(String path) throws Exception {
      return get(path, HttpResponse.BodyHandlers.ofString());
    }

    public <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws Exception {
      return send(
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Cookie", cookie())
              .header("Accept", "text/html")
              .GET(),
          body);
    }

    /** Posts {@code form}, URL-encoded, as the page's forms do. */
    public HttpResponse<String> post(String path, String form) throws Exception {
      return send(
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Cookie", cookie())
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form)),
          HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token the forms of the page at {@code path} carry. */
    public String csrf(String path) throws Exception {
      return csrfIn(get(path).body(), "on " + path);
    }
  }

  /** The CSRF token the forms of {@code page} carry. */
  public static String csrfIn(String page) {
    return csrfIn(page, "on the page");
  }

  private static String csrfIn(String page, String where) {
    Matcher matcher = CSRF.matcher(page);
    assertThat(matcher.find()).as("a form with a CSRF token " + where).isTrue();
    return matcher.group(1);
  }
}
