package vn.hotline.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.hotline.roster.OfficerId;
import vn.hotline.signin.PublicUrl;
import vn.hotline.signin.Session;
import vn.hotline.signin.SignIns;

/**
 * Signing in with the one-time link the bot sends for {@code /web}, and signing out. Opening the
 * link only shows a button: the link is used by pressing it (a POST), so that a chat app fetching
 * the link for a preview cannot use it up.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
final class SignInController {
  private final SignIns signIns;
  private final Pages pages;
  private final PublicUrl publicUrl;
  private final LoginWidget widget;
  private final Clock clock;

  SignInController(
      SignIns signIns, Pages pages, PublicUrl publicUrl, LoginWidget widget, Clock clock) {
    this.signIns = signIns;
    this.pages = pages;
    this.publicUrl = publicUrl;
    this.widget = widget;
    this.clock = clock;
  }

  /** How to sign in: ask the bot (or use the Telegram Login Widget, where it is set up). */
  @Get(value = "/signin", produces = MediaType.TEXT_HTML)
  HttpResponse<?> howTo(HttpRequest<?> request, @Nullable @QueryValue String next) {
    return Pages.ok(
        "signin",
        pages.anonymous(request, "web.signin.title"),
        "widgetBot",
        widget.botUsername().orElse(""),
        "widgetReturn",
        publicUrl.link("/signin/telegram"));
  }

  /** Where the Telegram Login Widget sends the person back, with its signed fields. */
  @Get(value = "/signin/telegram", produces = MediaType.TEXT_HTML)
  HttpResponse<?> telegram(HttpRequest<?> request) {
    Map<String, String> fields = new HashMap<>();
    request.getParameters().forEach((name, values) -> fields.put(name, values.getFirst()));
    Optional<OfficerId> officer = widget.officer(fields, clock.instant());
    if (officer.isEmpty()) {
      return pages.problem(request, null, HttpStatus.FORBIDDEN, "web.signin.widgetRefused");
    }
    Session session = signIns.start(officer.get());
    return HttpResponse.seeOther(URI.create("/")).cookie(sessionCookie(session.token()));
  }

  @Get(value = "/signin/{token}", produces = MediaType.TEXT_HTML)
  HttpResponse<?> confirm(HttpRequest<?> request, @PathVariable String token) {
    return Pages.ok("signin-confirm", pages.anonymous(request, "web.signin.title"), "token", token);
  }

  @Post(
      value = "/signin/{token}",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  HttpResponse<?> signIn(HttpRequest<?> request, @PathVariable String token) {
    Optional<Session> session = signIns.redeem(token);
    if (session.isEmpty()) {
      return pages.problem(request, null, HttpStatus.GONE, "web.signin.linkUsed");
    }
    return HttpResponse.seeOther(URI.create("/")).cookie(sessionCookie(session.get().token()));
  }

  @Post(
      value = "/signout",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  HttpResponse<?> signOut(HttpRequest<?> request, @Body Map<String, String> form) {
    Viewer viewer = request.getAttribute(Viewer.ATTRIBUTE, Viewer.class).orElseThrow();
    if (!viewer.csrfMatches(form.get(Forms.CSRF))) {
      return pages.problem(request, viewer, HttpStatus.FORBIDDEN, "web.csrfRefused");
    }
    signIns.end(viewer.session().token());
    return HttpResponse.seeOther(URI.create("/signin")).cookie(sessionCookie("").maxAge(0));
  }

  private Cookie sessionCookie(String value) {
    return Cookie.of(SessionFilter.COOKIE, value)
        .path("/")
        .httpOnly(true)
        .secure(publicUrl.secureCookies())
        .sameSite(SameSite.Lax);
  }
}
