package vn.hotline.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
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
import java.util.Map;
import java.util.Optional;
import vn.hotline.demo.DemoBotApi;
import vn.hotline.demo.DemoCast;
import vn.hotline.demo.DemoChats;
import vn.hotline.demo.DemoPerson;
import vn.hotline.demo.DemoPlayer;
import vn.hotline.roster.OfficerId;
import vn.hotline.signin.PublicUrl;
import vn.hotline.signin.SignIns;

/**
 * The demo page ({@code DEMO=true} only): the citizen's chat and the Command Centre groups side by
 * side, live, with forms that play the people. Open without a session, so its forms carry a token
 * of their own, the same in a cookie and in a hidden field (double submit); without it a form
 * changes nothing.
 */
@Controller("/demo")
@Requires(property = "hotline.demo.enabled", value = "true")
@ExecuteOn(TaskExecutors.BLOCKING)
final class DemoController {
  private final Pages pages;
  private final DemoChats chats;
  private final DemoCast cast;
  private final DemoPlayer player;
  private final DemoBotApi api;
  private final DemoPanes panes;
  private final SignIns signIns;
  private final PublicUrl publicUrl;

  DemoController(
      Pages pages,
      DemoChats chats,
      DemoCast cast,
      DemoPlayer player,
      DemoBotApi api,
      SignIns signIns,
      PublicUrl publicUrl) {
    this.pages = pages;
    this.chats = chats;
    this.cast = cast;
    this.player = player;
    this.api = api;
    this.panes = new DemoPanes(chats, cast);
    this.signIns = signIns;
    this.publicUrl = publicUrl;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> page(HttpRequest<?> request, @Nullable @QueryValue String refused) {
    Optional<String> known = DemoForms.token(request);
    String token = known.orElseGet(DemoForms::newToken);
    long version = chats.version();
    Page page = pages.anonymous(request, "demo.title");
    MutableHttpResponse<?> response =
        Pages.ok(
            "demo/page",
            page,
            "panes",
            panes.panes(page.text(), DemoForms.acting(request)),
            "token",
            token,
            "version",
            version,
            "refused",
            refused != null);
    return known.isPresent() ? response : response.cookie(DemoForms.tokenCookie(token));
  }

  /** The message lists, when the chats changed since {@code since}; otherwise 204. */
  @Get(value = "/chats", produces = MediaType.TEXT_HTML)
  HttpResponse<?> chats(HttpRequest<?> request, @QueryValue(defaultValue = "-1") long since) {
    long version = chats.version();
    if (version == since) {
      return HttpResponse.noContent();
    }
    Page page = pages.anonymous(request, "demo.title");
    return Pages.ok(
        "demo/chats",
        page,
        "panes",
        panes.panes(page.text(), DemoForms.acting(request)),
        "version",
        version);
  }

  @Post(value = "/send", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> send(HttpRequest<?> request, @Body Map<String, String> form) {
    if (!DemoForms.tokenMatches(request, form)) {
      return refusedForm(request);
    }
    long chat = DemoForms.number(form.get("chat"));
    Optional<DemoPerson> person = actor(chat, form);
    DemoPlayer.Played played =
        person
            .map(p -> player.sendText(chat, p, text(form)))
            .orElse(new DemoPlayer.Played.Refused("nobody to play"));
    return back(played, chat, person);
  }

  /** A button under a bot message: {@code press} is {@code <message id>:<callback data>}. */
  @Post(value = "/press", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> press(HttpRequest<?> request, @Body Map<String, String> form) {
    if (!DemoForms.tokenMatches(request, form)) {
      return refusedForm(request);
    }
    long chat = DemoForms.number(form.get("chat"));
    String press = String.valueOf(form.get("press"));
    int colon = press.indexOf(':');
    Optional<DemoPerson> person = actor(chat, form);
    DemoPlayer.Played played =
        colon < 0 || person.isEmpty()
            ? new DemoPlayer.Played.Refused("no button")
            : player.press(
                chat,
                DemoForms.number(press.substring(0, colon)),
                person.get(),
                press.substring(colon + 1));
    return back(played, chat, person);
  }

  /** Opens the web desk as one of the demo's officers, with a session of their own. */
  @Post(value = "/desk", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> desk(HttpRequest<?> request, @Body Map<String, String> form) {
    if (!DemoForms.tokenMatches(request, form)) {
      return refusedForm(request);
    }
    long officer = DemoForms.number(form.get("officer"));
    boolean cast =
        this.cast.groups().stream()
            .flatMap(g -> g.officers().stream())
            .anyMatch(p -> p.id() == officer);
    if (!cast) {
      return pages.problem(request, null, HttpStatus.NOT_FOUND, "web.notFound");
    }
    String session = signIns.start(new OfficerId(officer)).token();
    return HttpResponse.seeOther(URI.create("/"))
        .cookie(
            Cookie.of(SessionFilter.COOKIE, session)
                .path("/")
                .httpOnly(true)
                .secure(publicUrl.secureCookies())
                .sameSite(SameSite.Lax));
  }

  @Get("/files/{fileId}")
  HttpResponse<?> file(@PathVariable String fileId) {
    return api.file(fileId)
        .<HttpResponse<?>>map(
            bytes -> HttpResponse.ok(bytes).contentType(DemoForms.imageType(bytes)))
        .orElse(HttpResponse.notFound());
  }

  /** The text typed, or the reply keyboard's key pressed instead. */
  private static String text(Map<String, String> form) {
    String key = form.get("key");
    return key != null ? key : String.valueOf(form.getOrDefault("text", ""));
  }

  private Optional<DemoPerson> actor(long chat, Map<String, String> form) {
    long id = DemoForms.number(form.get("as"));
    return cast.playersOf(chat).stream().filter(p -> p.id() == id).findFirst();
  }

  private HttpResponse<?> back(DemoPlayer.Played played, long chat, Optional<DemoPerson> person) {
    String to = played instanceof DemoPlayer.Played.Refused ? "/demo?refused" : "/demo";
    MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(to));
    return person.isPresent() && chat < 0
        ? response.cookie(DemoForms.actingCookie(chat, person.get().id()))
        : response;
  }

  private HttpResponse<?> refusedForm(HttpRequest<?> request) {
    return pages.problem(request, null, HttpStatus.FORBIDDEN, "web.csrfRefused");
  }
}
