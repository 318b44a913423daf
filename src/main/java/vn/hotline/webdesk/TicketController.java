package vn.hotline.webdesk;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;
import vn.hotline.desk.Desk;
import vn.hotline.desk.TicketLookup;
import vn.hotline.signin.PublicUrl;
import vn.hotline.web.Page;
import vn.hotline.web.Pages;
import vn.hotline.web.Viewer;

/**
 * The ticket page: the facts, the photos, the history and what the officer may do, for tickets of
 * their units only (403 otherwise, 404 for a code no ticket has). The outcome of the last action,
 * if any, is shown once.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
final class TicketController {
  private final Desk desk;
  private final Pages pages;
  private final boolean secureCookies;

  TicketController(Desk desk, Pages pages, PublicUrl publicUrl) {
    this.desk = desk;
    this.pages = pages;
    this.secureCookies = publicUrl.secureCookies();
  }

  @Get(value = "/t/{code}", produces = MediaType.TEXT_HTML)
  HttpResponse<?> show(HttpRequest<?> request, @PathVariable String code) {
    Viewer viewer = request.getAttribute(Viewer.ATTRIBUTE, Viewer.class).orElseThrow();
    return switch (desk.ticketForWeb(viewer.officer().id(), viewer.locale(), code)) {
      case TicketLookup.Found found -> {
        Optional<TicketFlash> flash = TicketFlash.read(request);
        MutableHttpResponse<?> page =
            Pages.ok(
                "ticket",
                pages.page(request, viewer, "web.ticket.title", found.ticket().code()),
                "ticket",
                found.ticket(),
                "flash",
                flash.orElse(null));
        yield flash.isPresent() ? page.cookie(TicketFlash.cleared(secureCookies)) : page;
      }
      case TicketLookup.Unknown unknown ->
          pages.problem(request, viewer, HttpStatus.NOT_FOUND, "web.notFound");
      case TicketLookup.Forbidden forbidden ->
          TicketFlash.read(request)
              .filter(TicketFlash::done)
              .<HttpResponse<?>>map(flash -> goneAfter(request, viewer, flash))
              .orElseGet(
                  () -> pages.problem(request, viewer, HttpStatus.FORBIDDEN, "web.forbidden"));
    };
  }

  // An action such as a transfer can take the ticket out of the officer's units: the page they are
  // sent back to refuses them, but still says once what their action did.
  private HttpResponse<?> goneAfter(HttpRequest<?> request, Viewer viewer, TicketFlash flash) {
    Page page = pages.page(request, viewer, "web.problem.title");
    String message = flash.message() + " " + page.t("web.forbidden");
    return HttpResponse.status(HttpStatus.FORBIDDEN)
        .body(
            Pages.view(
                "problem", page, "status", HttpStatus.FORBIDDEN.getCode(), "message", message))
        .cookie(TicketFlash.cleared(secureCookies));
  }
}
