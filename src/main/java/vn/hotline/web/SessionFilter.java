package vn.hotline.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.hotline.access.KeyRing;
import vn.hotline.desk.DeskRoster;
import vn.hotline.roster.Officer;
import vn.hotline.signin.Session;
import vn.hotline.signin.SignIns;

/**
 * Lets a request to a page through only with a live session of someone on the roster as it is now:
 * taken off the roster, a person's sessions end at their next request. Pages without a session
 * redirect to the sign-in page; other requests get 401. Open paths are {@link OpenPaths}. The
 * OpenAPI document is also for the systems that hold an API key, so a valid key opens it too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SessionFilter {
  static final String COOKIE = "hotline_session";

  private final SignIns signIns;
  private final DeskRoster roster;
  private final KeyRing keys;
  private final boolean demo;

  SessionFilter(
      SignIns signIns,
      DeskRoster roster,
      KeyRing keys,
      @Value("${hotline.demo.enabled:false}") boolean demo) {
    this.signIns = signIns;
    this.roster = roster;
    this.keys = keys;
    this.demo = demo;
  }

  @RequestFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Nullable
  HttpResponse<?> requireSession(HttpRequest<?> request) {
    String path = request.getPath();
    if (OpenPaths.isOpen(path) || (demo && OpenPaths.isOpenInDemo(path))) {
      return null;
    }
    if (path.equals(ApiDocsController.DOCUMENT)
        && ApiKeyFilter.presented(request, keys).isPresent()) {
      return null;
    }
    Optional<Viewer> viewer = viewer(request);
    if (viewer.isPresent()) {
      request.setAttribute(Viewer.ATTRIBUTE, viewer.get());
      return null;
    }
    if (request.getMethod() == HttpMethod.GET && acceptsHtml(request)) {
      String back = request.getUri().getRawPath();
      if (request.getUri().getRawQuery() != null) {
        back += "?" + request.getUri().getRawQuery();
      }
      return HttpResponse.seeOther(
          URI.create("/signin?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8)));
    }
    return HttpResponse.status(HttpStatus.UNAUTHORIZED)
        .contentType(MediaType.TEXT_PLAIN_TYPE)
        .body("sign in first");
  }

  private Optional<Viewer> viewer(HttpRequest<?> request) {
    Optional<Session> session =
        request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(signIns::session);
    if (session.isEmpty()) {
      return Optional.empty();
    }
    Optional<Officer> officer = roster.current().find(session.get().officer().value());
    if (officer.isEmpty()) {
      signIns.endAllOf(session.get().officer());
      return Optional.empty();
    }
    return Optional.of(new Viewer(officer.get(), session.get(), Languages.of(request)));
  }

  private static boolean acceptsHtml(HttpRequest<?> request) {
    return request.getHeaders().accept().stream()
        .anyMatch(
            type -> type.matches(MediaType.TEXT_HTML_TYPE) || type.equals(MediaType.ALL_TYPE));
  }
}
