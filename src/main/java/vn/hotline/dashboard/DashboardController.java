package vn.hotline.dashboard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Clock;
import vn.hotline.config.BotConfig;
import vn.hotline.report.ReportLabels;
import vn.hotline.report.StatsResult;
import vn.hotline.web.Exports;
import vn.hotline.web.Page;
import vn.hotline.web.Pages;
import vn.hotline.web.StatsColumns;
import vn.hotline.web.Table;
import vn.hotline.web.Viewer;

/**
 * {@code /dashboard}: the supervisors' figures of a unit over a period, drilling down from the
 * province to a commune's tickets; {@code /dashboard/export.csv} and {@code .xlsx}: the figures of
 * each unit shown, with the same parameters and the same checks.
 */
@Controller("/dashboard")
@ExecuteOn(TaskExecutors.BLOCKING)
final class DashboardController {
  private final DashboardService service;
  private final DashboardAccess access;
  private final DistrictMap districts;
  private final Pages pages;
  private final BotConfig config;
  private final Clock clock;

  DashboardController(
      DashboardService service,
      DashboardAccess access,
      DistrictMap districts,
      Pages pages,
      BotConfig config,
      Clock clock) {
    this.service = service;
    this.access = access;
    this.districts = districts;
    this.pages = pages;
    this.config = config;
    this.clock = clock;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> show(
      HttpRequest<?> request,
      @Nullable @QueryValue String unit,
      @Nullable @QueryValue String period,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String figure) {
    Viewer viewer = viewer(request);
    return switch (access.ask(viewer, unit, period, from, to, service.today())) {
      case DashboardAccess.Refused refused -> refuse(request, viewer, refused);
      case DashboardAccess.Granted granted -> {
        Dashboard dashboard =
            service.build(
                granted.unit(), granted.trail(), granted.period(), MapFigure.parse(figure));
        Page page = pages.page(request, viewer, "dashboard.title", granted.unit().fullName());
        DashboardView view =
            new DashboardView(
                page,
                dashboard,
                config.units(),
                config.categories(),
                districts,
                config.sla().zone(),
                clock.instant());
        yield Pages.ok("dashboard", page, "view", view);
      }
    };
  }

  // The refusal page is HTML: a browser asks for a download with Accept: text/html.
  @Get(
      value = "/export.csv",
      produces = {"text/csv", MediaType.TEXT_HTML})
  HttpResponse<?> csv(
      HttpRequest<?> request,
      @Nullable @QueryValue String unit,
      @Nullable @QueryValue String period,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to) {
    return export(request, unit, period, from, to, "csv");
  }

  @Get(
      value = "/export.xlsx",
      produces = {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        MediaType.TEXT_HTML
      })
  HttpResponse<?> xlsx(
      HttpRequest<?> request,
      @Nullable @QueryValue String unit,
      @Nullable @QueryValue String period,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to) {
    return export(request, unit, period, from, to, "xlsx");
  }

  private HttpResponse<?> export(
      HttpRequest<?> request, String unit, String period, String from, String to, String kind) {
    Viewer viewer = viewer(request);
    return switch (access.ask(viewer, unit, period, from, to, service.today())) {
      case DashboardAccess.Refused refused -> refuse(request, viewer, refused);
      case DashboardAccess.Granted granted -> {
        StatsResult byUnit = service.byUnit(granted.unit(), granted.period());
        Table table = labelled(StatsColumns.export(byUnit), viewer);
        String name = "dashboard-%s-%s-%s".formatted(byUnit.unitCode(), byUnit.from(), byUnit.to());
        yield kind.equals("csv")
            ? Exports.csv(table, name)
            : Exports.xlsx(table, pages.text(viewer.locale()).t("dashboard.sheet"), name);
      }
    };
  }

  // The columns under the words of the report's spreadsheet, in the viewer's language, rather than
  // the API's field names: the export is for people.
  private Table labelled(Table table, Viewer viewer) {
    var text = pages.text(viewer.locale());
    ReportLabels labels = ReportLabels.from(text::t);
    return new Table(
        table.header().stream()
            .map(
                column ->
                    switch (column) {
                      case "key" -> labels.text("report.column.key");
                      case "name" -> labels.text("report.column.name");
                      default -> labels.text("report.figure." + column);
                    })
            .toList(),
        table.rows());
  }

  private HttpResponse<?> refuse(
      HttpRequest<?> request, Viewer viewer, DashboardAccess.Refused refused) {
    return pages.problem(
        request, viewer, HttpStatus.valueOf(refused.status()), refused.messageKey());
  }

  private static Viewer viewer(HttpRequest<?> request) {
    return request.getAttribute(Viewer.ATTRIBUTE, Viewer.class).orElseThrow();
  }
}
