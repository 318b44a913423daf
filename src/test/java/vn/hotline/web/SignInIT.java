package vn.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import vn.hotline.signin.TelegramLogin;
import vn.hotline.telegram.BotApiCall;
import vn.hotline.telegram.FakeBotApi;
import vn.hotline.telegram.Updates;
import vn.hotline.testing.Browser;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;

/**
 * Signing in to the web desk in a real browser with the link the bot sends for {@code /web}, and
 * the refusals around it: a used link, a page without a session, a group chat, a sign-out without
 * the form's CSRF token.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInIT implements TestPropertyProvider {
  static final long OFFICER = 100001L;
  static final long PHU_NGHIA_GROUP = -1000025267L;

  static final long OFFICER_TO_REMOVE = 100005L;
  static final long PROVINCE_SUPERVISOR = 100004L;

  final FakeBotApi telegram = FakeBotApi.start();
  final int port = FreePort.find();
  final String base = WebServiceProperties.base(port);
  final WebSignIn signIn = new WebSignIn(telegram, base);
  final Path config = WebServiceProperties.copyOfBotConfig("signin-config");

  @Override
  public Map<String, String> getProperties() {
    return WebServiceProperties.dataIn("signin")
        .servedOn(port)
        .talkingTo(telegram)
        .botConfig(config)
        .with("hotline.web.telegram-login-bot", FakeBotApi.BOT_USERNAME)
        .map();
  }

  @AfterAll
  void stopTelegram() {
    telegram.close();
  }

  @Test
  void anOfficerSignsInWithTheLinkTheBotSendsAndOutAgain() {
    String link = signIn.link(OFFICER);
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
      browser.open(base + "/");
      browser.await(d -> d.getCurrentUrl().contains("/signin?next="));
    }
  }

  @Test
  void aLinkWorksOnlyOnce() {
    String link = signIn.link(OFFICER);
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
      browser.open(base + "/t/ABC");
      browser.await(d -> d.getCurrentUrl().equals(base + "/signin?next=%2Ft%2FABC"));
      assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("/web");
      browser.screenshots("signin");
    }
  }

  @Test
  void aSignOutWithoutTheCsrfTokenIsRefusedAndTheSessionLives() throws Exception {
    WebSignIn.Session session = signIn.overHttp(OFFICER);
    HttpResponse<String> refused = session.post("/signout", "_csrf=guessed");
    assertThat(refused.statusCode()).isEqualTo(403);

    HttpResponse<String> home = session.get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Nguyễn Văn An");
  }

  @Test
  void aLinkIsNeverSentToAGroup() {
    telegram.pushUpdate(Updates.groupText(PHU_NGHIA_GROUP, OFFICER, "/web"));
    BotApiCall answer =
        Eventually.awaitValue(
            "the refusal in the group",
            WebSignIn.WAIT,
            () ->
                telegram.sentTo(PHU_NGHIA_GROUP).stream()
                    .filter(c -> c.text() != null && c.text().contains("/web"))
                    .findFirst()
                    .orElse(null));
    assertThat(answer.text()).doesNotContain("/signin/");
  }

  @Test
  void theLanguageSwitchRemembersEnglishAndComesBackOnlyToAPageOfTheDesk() throws Exception {
    HttpResponse<String> vietnamese = signInPage();
    assertThat(vietnamese.body()).contains("lang=\"vi\"", "Đăng nhập");

    HttpResponse<String> chosen =
        WebSignIn.send(
            HttpRequest.newBuilder(URI.create(base + "/lang?to=en&back=%2Fsignin")).GET(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(chosen.statusCode()).isEqualTo(303);
    assertThat(chosen.headers().firstValue("Location")).contains("/signin");
    String cookie = chosen.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith("hotline_lang=en");

    HttpResponse<String> english =
        WebSignIn.send(
            HttpRequest.newBuilder(URI.create(base + "/signin"))
                .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                .GET(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(english.body()).contains("lang=\"en\"", "To sign in, send the command /web");

    HttpResponse<String> elsewhere =
        WebSignIn.send(
            HttpRequest.newBuilder(URI.create(base + "/lang?to=en&back=%2F%2Fevil.example")).GET(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(elsewhere.headers().firstValue("Location")).contains("/");
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    HttpResponse<String> page = signInPage();
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline'; s", "script-src 'self' 'unsafe-inline'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
  }

  @Test
  void theTelegramLoginWidgetSignsInPeopleOnTheRosterOnly() throws Exception {
    HttpResponse<String> page = signInPage();
    assertThat(page.body()).contains("data-telegram-login=\"" + FakeBotApi.BOT_USERNAME + "\"");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("https://telegram.org");

    Instant now = Instant.now();
    HttpResponse<String> officer = widget(signedWidgetFields(OFFICER, now, telegram.token()));
    assertThat(officer.statusCode()).isEqualTo(303);
    assertThat(officer.headers().firstValue("Set-Cookie").orElseThrow())
        .startsWith(SessionFilter.COOKIE + "=")
        .containsIgnoringCase("HttpOnly")
        .contains("SameSite=Lax");

    assertThat(widget(signedWidgetFields(6_500_000_001L, now, telegram.token())).statusCode())
        .as("a Telegram user who is not on the roster")
        .isEqualTo(403);
    assertThat(widget(signedWidgetFields(OFFICER, now, "1:forged")).statusCode())
        .as("fields signed with another token")
        .isEqualTo(403);
  }

  @Test
  void someoneTakenOffTheRosterLosesTheirSessionAtTheNextRequest() throws Exception {
    WebSignIn.Session session = signIn.overHttp(OFFICER_TO_REMOVE);
    assertThat(session.get("/").statusCode()).isEqualTo(200);

    Path roster = config.resolve("officers.yml");
    Files.writeString(
        roster,
        Files.readString(roster)
            .replace("telegram_id: " + OFFICER_TO_REMOVE, "telegram_id: 199999"));
    telegram.pushUpdate(Updates.text(PROVINCE_SUPERVISOR, "/reload"));
    Eventually.await(
        "the reload",
        WebSignIn.WAIT,
        () ->
            telegram.sentTo(PROVINCE_SUPERVISOR).stream()
                .anyMatch(c -> c.text() != null && c.text().contains("Đã nạp lại")));

    HttpResponse<String> after = session.get("/");
    assertThat(after.statusCode()).isEqualTo(303);
    assertThat(after.headers().firstValue("Location").orElseThrow()).startsWith("/signin");
  }

  private HttpResponse<String> signInPage() throws Exception {
    return WebSignIn.send(
        HttpRequest.newBuilder(URI.create(base + "/signin")).GET(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> widget(Map<String, String> fields) throws Exception {
    String query =
        fields.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return WebSignIn.send(
        HttpRequest.newBuilder(URI.create(base + "/signin/telegram?" + query))
            .header("Accept", "text/html")
            .GET(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, String> signedWidgetFields(long userId, Instant at, String token) {
    Map<String, String> fields = new HashMap<>();
    fields.put("id", String.valueOf(userId));
    fields.put("first_name", "An");
    fields.put("auth_date", String.valueOf(at.getEpochSecond()));
    fields.put("hash", new TelegramLogin(token).signatureOf(fields));
    return fields;
  }
}
