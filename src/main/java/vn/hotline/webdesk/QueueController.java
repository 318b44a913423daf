package vn.hotline.webdesk;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import java.time.Instant;
import vn.hotline.unit.UnitTree;
import vn.hotline.web.Page;
import vn.hotline.web.Pages;
import vn.hotline.web.Viewer;

/**
 * The officers' queue at {@code /}: the open tickets of the units they see, urgent first, then the
 * oldest, with filters, a search and pages; and {@code /queue/changes}, which the page asks every
 * few seconds how many tickets arrived since it was drawn.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
final class QueueController {
  private final Pages pages;
  private final OpenTickets open;
  private final QueueScreen screen;
  private final UnitTree units;
  private final Clock clock;

  QueueController(Pages pages, OpenTickets open, QueueScreen screen, UnitTree units, Clock clock) {
    this.pages = pages;
    this.open = open;
    this.screen = screen;
    this.units = units;
    this.clock = clock;
  }

  @Get(value = "/", produces = MediaType.TEXT_HTML)
  HttpResponse<?> queue(HttpRequest<?> request) {
    Viewer viewer = viewer(request);
    QueueSelection selection = selection(request, viewer);
    OpenTickets.Snapshot snapshot = open.snapshot();
    QueueSelection.Result result = selection.select(snapshot.ordered());
    Page page = pages.page(request, viewer, "queue.title");
    QueuePage queue =
        screen.page(
            viewer.officer(),
            selection.scope(),
            selection.query(),
            result,
            snapshot.changes(),
            page.text(),
            selection.now());
    return Pages.ok("queue", page, "queue", queue);
  }

  /**
   * {@code {"changes":N,"arrived":M}}: M tickets the page's query finds arrived after change {@code
   * since}.
   */
  @Get(value = "/queue/changes", produces = MediaType.APPLICATION_JSON)
  HttpResponse<String> changes(HttpRequest<?> request) {
    Viewer viewer = viewer(request);
    long since = since(request.getParameters().get("since"));
    OpenTickets.Snapshot snapshot = open.snapshot();
    int arrived = selection(request, viewer).arrivedSince(snapshot.ordered(), since);
    return HttpResponse.ok("{\"changes\":" + snapshot.changes() + ",\"arrived\":" + arrived + "}")
        .header("Cache-Control", "no-store");
  }

  private QueueSelection selection(HttpRequest<?> request, Viewer viewer) {
    Instant now = clock.instant();
    return new QueueSelection(
        QueueScope.of(viewer.officer(), units),
        QueueQuery.read(request.getParameters()::get),
        viewer.officer().id(),
        now);
  }

  private static long since(String text) {
    try {
      return text == null ? Long.MAX_VALUE : Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  private static Viewer viewer(HttpRequest<?> request) {
    return request.getAttribute(Viewer.ATTRIBUTE, Viewer.class).orElseThrow();
  }
}
