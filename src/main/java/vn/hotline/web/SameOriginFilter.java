package vn.hotline.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URI;
import vn.hotline.signin.PublicUrl;

/**
 * A browser names the page a form was sent from in {@code Origin}: a request that changes state
 * from a page of another site is refused before anything else looks at it. This is the first guard
 * against cross-site requests; the CSRF token in every form is the second.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SameOriginFilter {
  private final String origin;

  SameOriginFilter(PublicUrl publicUrl) {
    URI uri = URI.create(publicUrl.value());
    this.origin =
        uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> requireSameOrigin(HttpRequest<?> request) {
    HttpMethod method = request.getMethod();
    if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
      return null;
    }
    String from = request.getHeaders().get("Origin");
    if (from == null || from.equals(origin)) {
      return null; // not sent by a browser's cross-site form, or sent from the desk's own pages
    }
    return HttpResponse.status(HttpStatus.FORBIDDEN)
        .contentType(MediaType.TEXT_PLAIN_TYPE)
        .body("refused: sent from another site");
  }
}
