package vn.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import vn.hotline.telegram.BotApiCall;
import vn.hotline.telegram.FakeBotApi;
import vn.hotline.telegram.Updates;
import vn.hotline.testing.Browser;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;
import vn.hotline.testing.TempDirs;

/**
 * Signing in to the web desk in a real browser with the link the bot sends for {@code /web}, and
 * the refusals around it: a used link, a page without a session, a group chat, a sign-out without
 * the form's CSRF token.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInIT implements TestPropertyProvider {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final long OFFICER = 100001L;
  static final long PHU_NGHIA_GROUP = -1000025267L;
  static final Pattern LINK =
      Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/signin/[A-Za-z0-9_-]+)");

  final FakeBotApi telegram = FakeBotApi.start();
  final int port = FreePort.find();

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(telegram.properties());
    properties.put("micronaut.server.port", String.valueOf(port));
    properties.put("hotline.web.public-url", base());
    properties.put("hotline.data-dir", TempDirs.create("signin").toString());
    return properties;
  }

  @AfterAll
  void stopTelegram() {
    telegram.close();
  }

  @Test
  void anOfficerSignsInWithTheLinkTheBotSendsAndOutAgain() {
    String link = askForLink(OFFICER);
    try (Browser browser = Browser.start()) {
      browser.open(link);
      browser.screenshots("signin-confirm");
      browser.driver().findElement(By.id("sign-in")).click();
      String greeting = browser.await(d -> d.findElement(By.id("queue-scope")).getText());
      assertThat(greeting).contains("Nguyễn Văn An");
      Cookie session = browser.driver().manage().getCookieNamed(SessionFilter.COOKIE);
      assertThat(session.isHttpOnly()).isTrue();
      assertThat(session.getSameSite()).isEqualTo("Lax");

      browser.driver().findElement(By.cssSelector("form[action='/signout'] button")).click();
      browser.await(d -> d.getCurrentUrl().endsWith("/signin"));
      browser.open(base() + "/");
      browser.await(d -> d.getCurrentUrl().contains("/signin?next="));
    }
  }

  @Test
  void aLinkWorksOnlyOnce() {
    String link = askForLink(OFFICER);
    try (Browser first = Browser.start();
        Browser second = Browser.start()) {
      first.open(link);
      first.driver().findElement(By.id("sign-in")).click();
      first.await(d -> d.findElement(By.id("queue-scope")));

      second.open(link);
      second.driver().findElement(By.id("sign-in")).click();
      String refusal = second.await(d -> d.findElement(By.cssSelector(".problem")).getText());
      assertThat(refusal).contains("/web");
      second.screenshots("signin-link-used");
      assertThat(second.driver().manage().getCookieNamed(SessionFilter.COOKIE)).isNull();
    }
  }

  @Test
  void aPageWithoutASessionSendsToTheSignInPage() {
    try (Browser browser = Browser.start()) {
      browser.open(base() + "/t/ABC");
      browser.await(d -> d.getCurrentUrl().equals(base() + "/signin?next=%2Ft%2FABC"));
      assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("/web");
      browser.screenshots("signin");
    }
  }

  @Test
  void aSignOutWithoutTheCsrfTokenIsRefusedAndTheSessionLives() throws Exception {
    String session = signInWithoutBrowser(askForLink(OFFICER));
    HttpResponse<String> refused =
        http(
            HttpRequest.newBuilder(URI.create(base() + "/signout"))
                .header("Cookie", SessionFilter.COOKIE + "=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=guessed")));
    assertThat(refused.statusCode()).isEqualTo(403);

    HttpResponse<String> home =
        http(
            HttpRequest.newBuilder(URI.create(base() + "/"))
                .header("Cookie", SessionFilter.COOKIE + "=" + session)
                .header("Accept", "text/html")
                .GET());
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Nguyễn Văn An");
  }

  @Test
  void aLinkIsNeverSentToAGroup() {
    telegram.pushUpdate(Updates.groupText(PHU_NGHIA_GROUP, OFFICER, "/web"));
    BotApiCall answer =
        Eventually.awaitValue(
            "the refusal in the group",
            WAIT,
            () ->
                telegram.sentTo(PHU_NGHIA_GROUP).stream()
                    .filter(c -> c.text() != null && c.text().contains("/web"))
                    .findFirst()
                    .orElse(null));
    assertThat(answer.text()).doesNotContain("/signin/");
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    HttpResponse<String> page = http(HttpRequest.newBuilder(URI.create(base() + "/signin")).GET());
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline'; s", "script-src 'self' 'unsafe-inline'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
  }

  private String askForLink(long officer) {
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

  private String signInWithoutBrowser(String link) throws Exception {
    HttpResponse<String> answer =
        http(
            HttpRequest.newBuilder(URI.create(link))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")));
    assertThat(answer.statusCode()).isEqualTo(303);
    String setCookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
    return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
  }

  private static HttpResponse<String> http(HttpRequest.Builder request) throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  private String base() {
    return "http://127.0.0.1:" + port;
  }
}
