package vn.hotline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.hotline.testing.Browser;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Tickets;
import vn.hotline.web.WebServiceProperties;

/**
 * The demo page in a real browser, on the service in demo mode without a bot token: a newcomer
 * plays the citizen and an officer and watches the ticket go between their chats.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoPageIT implements TestPropertyProvider {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final String REPORT = "Có chợ tự phát ở ấp 4 xã Phú Nghĩa, rất đông người";
  static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([A-Za-z0-9_-]{43})\"");

  final int port = FreePort.find();

  @Inject Tickets tickets;
  @Inject DemoChats chats;

  @Override
  public Map<String, String> getProperties() {
    return WebServiceProperties.dataIn("demo-page").servedOn(port).demo().map();
  }

  @Test
  void aNewcomerPlaysACitizensReportAndItsAcknowledgementInTheBrowser() {
    try (Browser browser = Browser.start()) {
      browser.open(base() + "/demo");
      browser.driver().findElement(By.id("text-citizen")).sendKeys(REPORT);
      browser.driver().findElement(By.cssSelector("#compose-citizen button.primary")).click();

      Ticket ticket =
          Eventually.awaitValue(
              "the report to be filed",
              WAIT,
              () ->
                  tickets
                      .reportedBy(Channel.TELEGRAM, String.valueOf(DemoCast.CITIZEN.id()), 1)
                      .stream()
                      .findFirst()
                      .orElse(null));
      String code = ticket.code().toString();
      browser.await(d -> d.findElement(By.id("live-citizen")).getText().contains(code));
      WebElement acknowledge =
          browser.await(
              d ->
                  d.findElement(By.id("live-commune")).getText().contains(code)
                      ? d.findElement(
                          By.xpath("//div[@id='live-commune']//button[contains(., 'Tiếp nhận')]"))
                      : null);
      new Select(browser.driver().findElement(By.id("as-commune")))
          .selectByVisibleText("Trần Thị Bích");
      acknowledge.click();

      browser.await(
          d -> d.findElement(By.id("live-citizen")).getText().contains("đã được cán bộ tiếp nhận"));
      browser.await(d -> d.findElement(By.id("live-commune")).getText().contains("Trần Thị Bích"));
      assertThat(browser.driver().findElement(By.id("text-citizen")).getAttribute("value"))
          .isEmpty();
      browser.script("window.scrollTo(0, 0);");
      browser.screenshots("demo");

      browser.driver().findElement(By.cssSelector(".demo-commune .demo-desk summary")).click();
      browser
          .driver()
          .findElement(By.xpath("//form[@action='/demo/desk'][.//button[contains(., 'Bích')]]"))
          .submit();
      String greeting = browser.await(d -> d.findElement(By.id("queue-scope")).getText());
      assertThat(greeting).contains("Trần Thị Bích");
    }
  }

  @Test
  void withoutJavaScriptAFormWithThePagesTokenPlaysThePersonAndComesBack() throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> page = http.send(get("/demo"), HttpResponse.BodyHandlers.ofString());
      String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
      Matcher token = TOKEN.matcher(page.body());
      assertThat(token.find()).isTrue();
      long before = chats.messages(DemoCast.CITIZEN.id()).size();

      HttpResponse<String> sent =
          http.send(
              post(
                  "/demo/send",
                  cookie,
                  "_csrf=" + token.group(1) + "&chat=900001&as=900001&text=/help"),
              HttpResponse.BodyHandlers.ofString());

      assertThat(sent.statusCode()).isEqualTo(303);
      assertThat(sent.headers().firstValue("Location")).hasValue("/demo");
      assertThat(chats.messages(DemoCast.CITIZEN.id())).hasSizeGreaterThan((int) before);
    }
  }

  @Test
  void aFormWithoutThePagesTokenChangesNothing() throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> page = http.send(get("/demo"), HttpResponse.BodyHandlers.ofString());
      String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
      long version = chats.version();

      HttpResponse<String> forged =
          http.send(
              post("/demo/send", cookie, "_csrf=forged&chat=900001&as=900001&text=xin+chao"),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> noCookie =
          http.send(
              post("/demo/press", "", "_csrf=x&chat=-1000025267&as=100001&press=1:d:a:X"),
              HttpResponse.BodyHandlers.ofString());

      assertThat(forged.statusCode()).isEqualTo(403);
      assertThat(noCookie.statusCode()).isEqualTo(403);
      assertThat(chats.version()).isEqualTo(version);
    }
  }

  @Test
  void theChatsAreSentAgainOnlyWhenTheyChanged() throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      long version = chats.version();
      HttpResponse<String> same =
          http.send(get("/demo/chats?since=" + version), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> older =
          http.send(
              get("/demo/chats?since=" + (version - 1)), HttpResponse.BodyHandlers.ofString());

      assertThat(same.statusCode()).isEqualTo(204);
      assertThat(older.statusCode()).isEqualTo(200);
      assertThat(older.body()).contains("id=\"demo-chats\"", "id=\"live-citizen\"");
    }
  }

  private String base() {
    return WebServiceProperties.base(port);
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html").build();
  }

  private HttpRequest post(String path, String cookie, String form) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Origin", base())
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (!cookie.isEmpty()) {
      request.header("Cookie", cookie);
    }
    return request.build();
  }
}
