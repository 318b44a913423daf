package vn.hotline.publicreport;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.Optional;
import vn.hotline.config.BotConfig;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Tickets;
import vn.hotline.web.Page;
import vn.hotline.web.Pages;

/**
 * A ticket's status by its code, typed any way ({@code GET /status/CODE}), and the small form that
 * asks for a code ({@code GET /status?code=}). Open to anyone with the code: it shows what the
 * reporter is told, never what was reported or by whom.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
final class StatusController {
  private final Tickets tickets;
  private final Pages pages;
  private final PublicStatus status;

  StatusController(Tickets tickets, Pages pages, BotConfig config) {
    this.tickets = tickets;
    this.pages = pages;
    this.status =
        new PublicStatus(
            config.messages(), config.units(), config.categories(), config.sla().zone());
  }

  @Get(value = "/status", produces = MediaType.TEXT_HTML)
  HttpResponse<?> lookup(HttpRequest<?> request, @Nullable @QueryValue String code) {
    if (code == null || code.isBlank()) {
      Page page = pages.anonymous(request, "public.follow");
      return Pages.ok("status", page, "status", null, "typed", "", "message", "");
    }
    return tickets
        .find(code)
        .<HttpResponse<?>>map(t -> HttpResponse.seeOther(URI.create("/status/" + t.code())))
        .orElseGet(() -> notFound(pages, request, code));
  }

  @Get(value = "/status/{code}", produces = MediaType.TEXT_HTML)
  HttpResponse<?> show(HttpRequest<?> request, @PathVariable String code) {
    Optional<Ticket> ticket = tickets.find(code);
    if (ticket.isEmpty()) {
      return notFound(pages, request, code);
    }
    Page page = pages.anonymous(request, "public.status.title", ticket.get().code().toString());
    StatusView view = status.of(ticket.get(), page.text().locale());
    return Pages.ok("status", page, "status", view, "typed", view.code(), "message", "");
  }

  /** The lookup form again, saying that no ticket has the code typed. */
  static HttpResponse<?> notFound(Pages pages, HttpRequest<?> request, String typed) {
    Page page = pages.anonymous(request, "public.follow");
    String shown = typed.length() > 40 ? typed.substring(0, 40) : typed;
    return HttpResponse.status(HttpStatus.NOT_FOUND)
        .body(
            Pages.view(
                "status",
                page,
                "status",
                null,
                "typed",
                shown,
                "message",
                page.t("public.status.notFound", shown)));
  }
}
