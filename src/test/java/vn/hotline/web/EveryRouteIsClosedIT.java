package vn.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hotline.testing.FreePort;

/**
 * Every route the service has, asked without a session or key, refuses: pages send to the sign-in
 * page, everything else answers 401 or 403. Only the routes named here are open, so a new page that
 * forgot to be closed fails this test.
 */
@MicronautTest
class EveryRouteIsClosedIT implements TestPropertyProvider {
  /**
   * Open by design: health, the sign-in pages, the language switch, the Open311 reads, and the
   * public report page with the status of a ticket by its code.
   */
  static final Set<String> OPEN =
      Set.of(
          "/health",
          "/signin",
          "/signin/{token}",
          "/signin/telegram",
          "/lang",
          "/open311/",
          "/report",
          "/status");

  final int port = FreePort.find();

  @Inject Router router;
  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    return WebServiceProperties.dataIn("closed-routes").servedOn(port).withoutTelegram().map();
  }

  @Test
  void everyRouteButTheOpenOnesRefusesAStranger() throws Exception {
    List<String> open = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
      String template = route.getUriMatchTemplate().toString();
      // Open311 is open to read; filing a request takes an api_key like the rest of the API.
      boolean filing = template.startsWith("/open311/") && route.getHttpMethod() == HttpMethod.POST;
      if (OPEN.stream().anyMatch(template::startsWith) && !filing) {
        open.add(template);
        continue;
      }
      String path = template.replaceAll("\\{[^}]*}", "x").replaceAll("\\?.*$", "");
      HttpResponse<String> answer = send(route.getHttpMethod(), path);
      checked.add(route.getHttpMethod() + " " + path);
      assertThat(answer.statusCode())
          .as("%s %s without a session", route.getHttpMethod(), path)
          .isIn(303, 401, 403);
      if (answer.statusCode() == 303) {
        assertThat(answer.headers().firstValue("Location").orElseThrow()).startsWith("/signin");
      }
    }
    assertThat(checked)
        .as("the routes checked")
        .anyMatch(r -> r.startsWith("GET /dashboard"))
        .anyMatch(r -> r.startsWith("POST /t/x/"))
        .anyMatch(r -> r.startsWith("GET /api/v1/tickets"))
        .anyMatch(r -> r.startsWith("POST /open311/"));
    assertThat(open).contains("/signin/{token}");
  }

  private HttpResponse<String> send(HttpMethod method, String path) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(WebServiceProperties.base(server.getPort()) + path))
            .header("Accept", "text/html");
    request =
        method == HttpMethod.GET
            ? request.GET()
            : request
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method.name(), HttpRequest.BodyPublishers.ofString(""));
    return WebSignIn.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
