package vn.hotline.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** The first page after signing in. */
@Controller
final class HomeController {
  private final Pages pages;

  HomeController(Pages pages) {
    this.pages = pages;
  }

  @Get(value = "/", produces = MediaType.TEXT_HTML)
  HttpResponse<?> home(HttpRequest<?> request) {
    Viewer viewer = request.getAttribute(Viewer.ATTRIBUTE, Viewer.class).orElseThrow();
    return Pages.ok("home", pages.page(request, viewer, "web.home.title"));
  }
}
