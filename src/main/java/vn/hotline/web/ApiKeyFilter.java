package vn.hotline.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Optional;
import vn.hotline.access.ApiKey;
import vn.hotline.access.KeyRing;

/**
 * Lets through to {@code /api/} only a caller with {@code Authorization: Bearer <key>} of a key in
 * {@code api-keys.yml}, and hands the controllers that key; anyone else gets 401. The key is never
 * logged: only the name of the key it matched is ever known past this point.
 */
@ServerFilter("/api/**")
final class ApiKeyFilter {
  /** The request attribute that holds the caller's {@link ApiKey}. */
  static final String KEY = "hotline.api-key";

  private static final String BEARER = "Bearer ";

  private final KeyRing keys;

  ApiKeyFilter(KeyRing keys) {
    this.keys = keys;
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> requireKey(HttpRequest<?> request) {
    Optional<ApiKey> key = presented(request, keys);
    if (key.isPresent()) {
      request.setAttribute(KEY, key.get());
      return null; // let the request through
    }
    return ApiJson.error(HttpStatus.UNAUTHORIZED, "a valid API key is required", null)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
  }

  /** The key of {@code api-keys.yml} the request's {@code Authorization: Bearer} header holds. */
  static Optional<ApiKey> presented(HttpRequest<?> request, KeyRing keys) {
    return request
        .getHeaders()
        .getAuthorization()
        .filter(value -> value.regionMatches(true, 0, BEARER, 0, BEARER.length()))
        .map(value -> value.substring(BEARER.length()).strip())
        .flatMap(presented -> keys.current().find(presented));
  }
}
