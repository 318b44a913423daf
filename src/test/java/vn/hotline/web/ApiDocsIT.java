package vn.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.yaml.snakeyaml.Yaml;
import vn.hotline.telegram.FakeBotApi;
import vn.hotline.testing.Browser;
import vn.hotline.testing.FreePort;

/**
 * The OpenAPI document at {@code /openapi.yml}, for a session or an API key, describes the HTTP API
 * and nothing of the pages; {@code /docs} shows it with Swagger UI to a signed-in officer.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocsIT implements TestPropertyProvider {
  static final long OFFICER = 100001L;
  static final long SUPERVISOR = 100003L;
  static final String KEY = "partner-dashboard-key";

  final FakeBotApi telegram = FakeBotApi.start();
  final int port = FreePort.find();
  final String base = WebServiceProperties.base(port);
  final WebSignIn signIn = new WebSignIn(telegram, base);

  @Override
  public Map<String, String> getProperties() {
    return WebServiceProperties.dataIn("api-docs")
        .servedOn(port)
        .talkingTo(telegram)
        .botConfig(ApiCalls.configWithKeys("Partner", KEY, "[\"70\"]", "[stats]"))
        .map();
  }

  @AfterAll
  void stopTelegram() {
    telegram.close();
  }

  @Test
  void theDocumentIsClosedToStrangersAndWrongKeys() throws Exception {
    HttpResponse<String> page = get("/openapi.yml", "Accept", "text/html");
    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location")).hasValue("/signin?next=%2Fopenapi.yml");
    assertThat(get("/openapi.yml", "Accept", "application/yaml").statusCode()).isEqualTo(401);
    assertThat(get("/openapi.yml", "Authorization", "Bearer not-a-key").statusCode())
        .isEqualTo(401);
    assertThat(get("/docs", "Authorization", "Bearer " + KEY).statusCode())
        .as("a key opens the document, not the page")
        .isEqualTo(401);
  }

  @Test
  void aKeyReadsADocumentOfTheApiWithoutThePages() throws Exception {
    HttpResponse<String> answer = get("/openapi.yml", "Authorization", "Bearer " + KEY);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValue("application/yaml;charset=utf-8");

    Map<String, Object> document = new Yaml().load(answer.body());
    Map<String, Object> info = map(document.get("info"));
    assertThat(info.get("title")).isEqualTo("Hotline 1022 API");
    assertThat(info.get("version")).isEqualTo(projectVersion());
    Map<String, Object> paths = map(document.get("paths"));
    assertThat(paths.keySet())
        .contains(
            "/api/v1/stats",
            "/api/v1/stats.csv",
            "/api/v1/stats.xlsx",
            "/api/v1/tickets",
            "/api/v1/tickets.csv",
            "/api/v1/tickets.xlsx")
        .anyMatch(path -> path.startsWith("/open311/v2/"))
        .allMatch(path -> path.startsWith("/api/v1/") || path.startsWith("/open311/v2/"))
        .doesNotContain("/", "/dashboard", "/t/{code}", "/signin", "/signin/{token}", "/docs");
    Map<String, Object> stats = map(map(paths.get("/api/v1/stats")).get("get"));
    assertThat(stats.get("security")).isEqualTo(List.of(Map.of("apiKey", List.of())));
    assertThat(map(map(map(document.get("components")).get("securitySchemes")).get("apiKey")))
        .containsEntry("type", "http")
        .containsEntry("scheme", "bearer");
  }

  @Test
  void theDeskMenuLinksTheDocumentForSupervisorsAndLeaders() throws Exception {
    assertThat(signIn.overHttp(SUPERVISOR).get("/").body()).contains("href=\"/docs\"");
    assertThat(signIn.overHttp(OFFICER).get("/").body()).doesNotContain("href=\"/docs\"");
  }

  @Test
  void anOfficerReadsTheDocumentAndSeesItInSwaggerUi() throws Exception {
    WebSignIn.Session session = signIn.overHttp(OFFICER);
    assertThat(session.get("/openapi.yml").statusCode()).isEqualTo(200);
    HttpResponse<String> page = session.get("/docs");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("/assets/swagger-ui/swagger-ui-bundle.js", "/static/docs.js");

    try (Browser browser = Browser.start()) {
      signIn.inBrowser(browser, OFFICER);
      browser.open(base + "/docs");
      List<String> shown =
          browser.await(
              d -> {
                List<String> paths =
                    d.findElements(By.cssSelector(".opblock .opblock-summary-path")).stream()
                        .map(WebElement::getText)
                        .map(text -> text.replace("\u200b", ""))
                        .toList();
                return paths.size() >= 9 ? paths : null;
              });
      assertThat(shown).contains("/api/v1/stats", "/api/v1/tickets.xlsx", "/open311/v2/{file}");
      assertThat(browser.driver().findElement(By.cssSelector(".info .title")).getText())
          .contains("Hotline 1022 API");
      browser.driver().findElement(By.id("operations-Stats-stats")).click();
      String parameters =
          browser
              .await(d -> d.findElement(By.cssSelector("#operations-Stats-stats .parameters")))
              .getText();
      assertThat(parameters).contains("unit", "the unit's code", "from", "to", "by");
      browser.screenshots("docs");
    }
  }

  private HttpResponse<String> get(String path, String header, String value) throws Exception {
    return WebSignIn.send(
        HttpRequest.newBuilder(URI.create(base + path)).header(header, value).GET(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The version pom.xml gives the project, which the document must carry. */
  private static String projectVersion() throws Exception {
    Matcher version =
        Pattern.compile("<artifactId>hotline-bot</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(Files.readString(Path.of("pom.xml")));
    assertThat(version.find()).isTrue();
    return version.group(1);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }
}
