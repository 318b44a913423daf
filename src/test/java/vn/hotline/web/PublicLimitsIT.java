package vn.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.testing.FreePort;

/**
 * The public write endpoints refuse a client address that has sent too many requests with 429 and
 * {@code Retry-After}, in the format of the door, and a body announced too large with 413. The
 * service runs as behind a proxy, so each test is a client of its own by {@code X-Real-IP}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicLimitsIT implements TestPropertyProvider {
  static final int PER_ADDRESS = 3;
  static final String OPEN311 = "/open311/v2/requests.json";

  final int port = FreePort.find();

  @Override
  public Map<String, String> getProperties() {
    return WebServiceProperties.dataIn("public-limits")
        .servedOn(port)
        .withoutTelegram()
        .with("micronaut.server.client-address-header", "X-Real-IP")
        .with("hotline.public-limits.per-address", String.valueOf(PER_ADDRESS))
        .map();
  }

  @Test
  void anOpen311ClientOverTheLimitGetsTheSpecsErrorWithRetryAfter() throws Exception {
    String client = "203.0.113.1";
    for (int i = 0; i < PER_ADDRESS; i++) {
      assertThat(post(OPEN311, client, "service_code=x").statusCode()).isNotEqualTo(429);
    }
    HttpResponse<String> refused = post(OPEN311, client, "service_code=x");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(retryAfter(refused)).isBetween(1L, 600L);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValue("application/json; charset=utf-8");
    assertThat(refused.body()).startsWith("[{\"code\":429,\"description\":\"");
    assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    HttpResponse<String> xml = post("/open311/v2/requests.xml", client, "service_code=x");
    assertThat(xml.statusCode()).isEqualTo(429);
    assertThat(xml.headers().firstValue("Content-Type")).hasValue("text/xml; charset=utf-8");
    assertThat(xml.body()).contains("<errors><error><code>429</code><description>");
  }

  @Test
  void aCitizenOverTheLimitGetsAPageInVietnameseAndEnglish() throws Exception {
    String client = "203.0.113.2";
    for (int i = 0; i < PER_ADDRESS; i++) {
      assertThat(post("/report", client, "text=hello").statusCode()).isNotEqualTo(429);
    }
    HttpResponse<String> refused = post("/report", client, "text=hello");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(retryAfter(refused)).isBetween(1L, 600L);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(refused.body())
        .contains("Bạn gửi quá nhiều phản ánh trong thời gian ngắn", "Too many reports");
  }

  @Test
  void eachAddressIsCountedApartEvenWhenItForgesForwardedFor() throws Exception {
    for (int i = 0; i < PER_ADDRESS; i++) {
      post(OPEN311, "203.0.113.3", "service_code=x", "X-Forwarded-For", "198.51.100." + i);
    }
    assertThat(post(OPEN311, "203.0.113.3", "x=1", "X-Forwarded-For", "198.51.100.99").statusCode())
        .as("the header the service was told to believe decides, not X-Forwarded-For")
        .isEqualTo(429);
    assertThat(post(OPEN311, "203.0.113.4", "service_code=x").statusCode()).isNotEqualTo(429);
  }

  @Test
  void aBodyAnnouncedTooLargeIsRefusedBeforeItIsRead() throws Exception {
    String tooLarge = "x=" + "a".repeat(65 * 1024);
    for (int i = 0; i <= PER_ADDRESS; i++) {
      HttpResponse<String> open311 = post(OPEN311, "203.0.113.5", tooLarge);
      assertThat(open311.statusCode()).isEqualTo(413);
      assertThat(open311.body()).startsWith("[{\"code\":413,");
    }

    assertThat(post(OPEN311, "203.0.113.5", "service_code=x").statusCode())
        .as("refusals for size do not count towards the limit")
        .isNotIn(413, 429);
  }

  private HttpResponse<String> post(String path, String client, String form, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(WebServiceProperties.base(port) + path))
            .header("X-Real-IP", client)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return WebSignIn.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static long retryAfter(HttpResponse<String> response) {
    return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
  }
}
