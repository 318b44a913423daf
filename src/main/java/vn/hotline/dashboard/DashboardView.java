package vn.hotline.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hotline.category.Categories;
import vn.hotline.category.Category;
import vn.hotline.report.Figures;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitTree;
import vn.hotline.web.Page;

/**
 * The dashboard as its template reads it: every figure already in words and numbers of the viewer's
 * language, every link already made.
 */
public final class DashboardView {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Page page;
  private final Dashboard dashboard;
  private final Numbers numbers;
  private final UnitRows unitRows;
  private final Categories categories;
  private final ZoneId zone;
  private final Instant now;
  private final DistrictMap.View map;

  /** A step of the breadcrumb; the last, the unit shown, has no link. */
  public record Crumb(String name, String href) {}

  /** A headline figure. */
  public record Tile(String id, String label, String value, String note) {}

  /** A choice of a picker: its value, its words, whether it is the one shown. */
  public record Option(String value, String label, boolean chosen) {}

  DashboardView(
      Page page,
      Dashboard dashboard,
      UnitTree tree,
      Categories categories,
      DistrictMap districts,
      ZoneId zone,
      Instant now) {
    this.page = page;
    this.dashboard = dashboard;
    this.numbers = new Numbers(page.text().locale(), page::t);
    this.unitRows = new UnitRows(tree, numbers, this::href);
    this.categories = categories;
    this.zone = zone;
    this.now = now;
    this.map =
        districts
            .view(dashboard.byUnit(), dashboard.figure(), numbers, this::href, page::t)
            .orElse(null);
  }

  public Dashboard dashboard() {
    return dashboard;
  }

  /** The address of a unit's dashboard for the same period and map figure. */
  public String href(String unitCode) {
    return "/dashboard?unit="
        + unitCode
        + "&"
        + dashboard.period().query()
        + "&figure="
        + dashboard.figure().field();
  }

  /** The address of the export of what is shown, {@code csv} or {@code xlsx}. */
  public String exportHref(String extension) {
    return "/dashboard/export."
        + extension
        + "?unit="
        + dashboard.unit().code()
        + "&"
        + dashboard.period().query();
  }

  public List<Crumb> trail() {
    List<Crumb> crumbs = new ArrayList<>();
    for (Unit unit : dashboard.trail()) {
      boolean last = unit.equals(dashboard.unit());
      crumbs.add(new Crumb(unit.fullName(), last ? null : href(unit.code().value())));
    }
    return crumbs;
  }

  public String periodText() {
    var period = dashboard.period();
    return period.days() == 1
        ? DATE.format(period.from())
        : DATE.format(period.from()) + " – " + DATE.format(period.to());
  }

  public List<Tile> tiles() {
    Figures total = dashboard.total();
    return List.of(
        new Tile(
            "received-today",
            page.t("dashboard.tile.receivedToday"),
            numbers.count(dashboard.receivedToday()),
            page.t("dashboard.tile.receivedInPeriod", numbers.count(total.received()))),
        new Tile("open", page.t("report.figure.openNow"), numbers.count(total.openNow()), ""),
        new Tile(
            "overdue", page.t("report.figure.overdueNow"), numbers.count(total.overdueNow()), ""),
        new Tile(
            "ack-within-sla",
            page.t("dashboard.tile.ackWithinSla"),
            numbers.percent(total.ackWithinSlaPct()),
            page.t("dashboard.tile.ofAcknowledged", numbers.count(total.ackWithinSla()))),
        new Tile(
            "ack-median",
            page.t("dashboard.tile.ackMedian"),
            numbers.duration(total.ackMedianSeconds()),
            page.t("dashboard.tile.p90", numbers.duration(total.ackP90Seconds()))));
  }

  public List<Option> periods() {
    List<Option> options = new ArrayList<>();
    for (Period.Choice choice : Period.Choice.values()) {
      options.add(
          new Option(
              choice.param(), page.t(choice.labelKey()), choice == dashboard.period().choice()));
    }
    return options;
  }

  public List<Option> mapFigures() {
    List<Option> options = new ArrayList<>();
    for (MapFigure figure : MapFigure.values()) {
      options.add(
          new Option(figure.field(), page.t(figure.labelKey()), figure == dashboard.figure()));
    }
    return options;
  }

  /** The heading of the table of units below: districts, communes or units. */
  public String unitsHeading() {
    return page.t("dashboard.units." + (map != null ? "districts" : "below"));
  }

  public List<UnitRows.Row> units() {
    return unitRows.below(
        dashboard.unit(),
        dashboard.byUnit(),
        page.t("dashboard.ownQueue", dashboard.unit().name()));
  }

  public List<UnitRows.Row> league() {
    return unitRows.league(dashboard.league());
  }

  public List<TicketRows.Row> tickets() {
    return TicketRows.of(dashboard.tickets(), categories, page.text().locale(), zone, now, page::t);
  }

  public ChartData.Chart perDay() {
    Map<String, String> names = new LinkedHashMap<>();
    for (Category category : categories.all()) {
      names.put(category.code(), category.name(page.text().locale()));
    }
    return ChartData.perDay(dashboard.perDayByCategory(), names, numbers, page::t);
  }

  public ChartData.Chart times() {
    return ChartData.times(dashboard.byDay(), numbers, page::t);
  }

  /** The province map, or null below the province or without boundaries. */
  public DistrictMap.View map() {
    return map;
  }
}
