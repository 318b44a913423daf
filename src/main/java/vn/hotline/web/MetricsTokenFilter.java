package vn.hotline.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Metrics tell a stranger how busy the hotline is, so {@code /prometheus} answers only to {@code
 * Authorization: Bearer <METRICS_TOKEN>}; with no token configured it answers nobody.
 */
@ServerFilter("/prometheus/**")
final class MetricsTokenFilter {
  private final byte[] expected;

  MetricsTokenFilter(@Value("${hotline.metrics-token:}") String token) {
    this.expected = token.isBlank() ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> requireToken(HttpRequest<?> request) {
    String given = request.getHeaders().getAuthorization().orElse("");
    if (expected != null
        && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
      return null; // let the request through
    }
    return HttpResponse.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer");
  }
}
