package vn.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.testing.TempDirs;
import vn.hotline.ticket.Drafts;
import vn.hotline.ticket.Tickets;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceIT implements TestPropertyProvider {
  @Inject
  @Client("/")
  HttpClient http;

  @Inject Tickets tickets;

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "hotline.data-dir",
        TempDirs.create("hotline-it").toString(),
        "hotline.metrics-token",
        "metrics-secret");
  }

  @Test
  void healthIsUpWithTheStoreAndNeedsNoLogin() {
    var response = http.toBlocking().exchange("/health", String.class);
    assertThat(response.getStatus().getCode()).isEqualTo(200);
    assertThat((String) response.body()).contains("\"status\":\"UP\"");
  }

  @Test
  void metricsRefuseAStrangerAndAnswerTheBearerOfTheToken() {
    assertThatThrownBy(() -> http.toBlocking().exchange("/prometheus"))
        .isInstanceOfSatisfying(
            HttpClientResponseException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(401));
    assertThatThrownBy(
            () -> http.toBlocking().exchange(HttpRequest.GET("/prometheus").bearerAuth("wrong")))
        .isInstanceOf(HttpClientResponseException.class);
    String metrics =
        http.toBlocking()
            .retrieve(HttpRequest.GET("/prometheus").bearerAuth("metrics-secret"), String.class);
    assertThat(metrics).contains("jvm_memory_used_bytes");
  }

  @Test
  void theServiceFilesTicketsInTheEmbeddedStore() {
    var filed = tickets.file(Drafts.draft("chợ tự phát"));
    assertThat(tickets.find(filed.code().toString())).contains(filed);
  }

  @Test
  void otherManagementEndpointsAreNotExposed() {
    for (String path : new String[] {"/beans", "/env", "/loggers", "/routes", "/threaddump"}) {
      assertThatThrownBy(() -> http.toBlocking().exchange(path))
          .as(path)
          .isInstanceOfSatisfying(
              HttpClientResponseException.class,
              e -> assertThat(e.getStatus().getCode()).isIn(401, 403, 404));
    }
  }
}
