package vn.hotline.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Keeps the two doors anyone may write through, the report page's form ({@code POST /report}) and
 * Open311 ({@code POST /open311/v2/requests.json|xml}), from being flooded: an Open311 body
 * announced larger than a form of fields needs gets 413 (the page's form, with its photo, is held
 * to the server's request size), and a client address that has sent too many requests lately, or
 * everyone together, gets 429 with {@code Retry-After}. Both before the body is read, and before
 * any filter but {@link SecurityHeaders}. The limits are per instance of the service.
 */
@ServerFilter(
    patternStyle = FilterPatternStyle.REGEX,
    // The route's extension is read without regard to case (requests.JSON), a trailing slash
    // reaches the same route.
    value = "^/(report|open311/v2/requests\\.(?i:json|xml))/?$",
    methods = HttpMethod.POST)
// Right after SecurityHeaders, so that its refusals carry the headers every answer does.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
final class PublicLimits {
  private final RequestLimiter limiter;
  private final PublicLimitsSettings settings;
  private final HttpClientAddressResolver addresses;
  private final boolean addressFromHeader;

  PublicLimits(
      PublicLimitsSettings settings,
      HttpClientAddressResolver addresses,
      HttpServerConfiguration server,
      Clock clock) {
    this.settings = settings;
    this.limiter = new RequestLimiter(settings.addressLimit(), settings.overallLimit(), clock);
    this.addresses = addresses;
    this.addressFromHeader = server.getClientAddressHeader() != null;
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> limit(HttpRequest<?> request) {
    LimitRefusals.Door door = LimitRefusals.Door.of(request.getPath());
    if (door != LimitRefusals.Door.REPORT
        && request.getContentLength() > settings.open311MaxBody()) {
      return LimitRefusals.tooLarge(door, settings.open311MaxBody());
    }
    return switch (limiter.ask(clientAddress(request))) {
      case RequestLimiter.Pass pass -> null; // let the request through
      case RequestLimiter.TooMany tooMany -> {
        long seconds = Math.max(1, ceilSeconds(tooMany.retryAfter()));
        yield LimitRefusals.tooMany(door, tooMany.overall(), seconds)
            .header("Retry-After", String.valueOf(seconds));
      }
    };
  }

  /**
   * The address the request came from: the connection's peer, or behind a proxy the header named by
   * {@code micronaut.server.client-address-header}. Without that setting the Forwarded and
   * X-Forwarded-For headers are not believed, since any client can send them.
   */
  private String clientAddress(HttpRequest<?> request) {
    String resolved = addressFromHeader ? addresses.resolve(request) : null;
    return resolved != null
        ? resolved.strip().toLowerCase(Locale.ROOT)
        : request.getRemoteAddress().getHostString();
  }

  private static long ceilSeconds(Duration duration) {
    return duration.plusNanos(999_999_999).getSeconds();
  }
}
