package vn.hotline.web;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers every answer carries. The policy allows scripts and styles only from the service itself
 * (no inline script, so injected markup cannot run), and a referrer only within the desk, so that a
 * sign-in link in the address bar never travels to another site. First of the filters, so that the
 * answers the others give in its place (a refusal, a redirect) carry them too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Order(Ordered.HIGHEST_PRECEDENCE)
final class SecurityHeaders {
  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
          + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
          + " frame-ancestors 'none'; form-action 'self'";

  /** The sign-in page with the Telegram Login Widget loads its script and frame from Telegram. */
  static final String WIDGET_POLICY =
      POLICY.replace("script-src 'self'", "script-src 'self' https://telegram.org")
          + "; frame-src https://oauth.telegram.org";

  private final boolean widget;

  SecurityHeaders(LoginWidget widget) {
    this.widget = widget.botUsername().isPresent();
  }

  @ResponseFilter
  void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
    boolean widgetPage = widget && request.getPath().equals("/signin");
    response.header("Content-Security-Policy", widgetPage ? WIDGET_POLICY : POLICY);
    response.header("X-Content-Type-Options", "nosniff");
    response.header("Referrer-Policy", "same-origin");
    response.header("X-Frame-Options", "DENY");
  }
}
