package vn.hotline.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import vn.hotline.report.LeagueTable;
import vn.hotline.report.Split;
import vn.hotline.report.StatsBook;
import vn.hotline.report.StatsQuery;
import vn.hotline.report.StatsResult;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketSearch;
import vn.hotline.ticket.Tickets;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/**
 * Gathers a {@link Dashboard} from the statistics read model: the figures by unit, by day and by
 * day and category, and the communes' league. Nothing is computed here that the statistics define;
 * only a commune's ticket list comes from the store, one page of it.
 */
final class DashboardService {
  /** A commune's ticket list shows this many, newest first. */
  static final int TICKETS_LISTED = 200;

  private final StatsBook statistics;
  private final UnitTree tree;
  private final Tickets tickets;
  private final ZoneId zone;
  private final Clock clock;

  private final Executor executor;

  /**
   * @param executor runs the page's independent queries side by side, some from within others:
   *     virtual threads, which a wait does not hold
   */
  DashboardService(
      StatsBook statistics,
      UnitTree tree,
      Tickets tickets,
      ZoneId zone,
      Clock clock,
      Executor executor) {
    this.statistics = statistics;
    this.executor = executor;
    this.tree = tree;
    this.tickets = tickets;
    this.zone = zone;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  static boolean isCommuneOrBelow(Unit unit) {
    return unit.level().compareTo(UnitLevel.COMMUNE) >= 0;
  }

  Dashboard build(Unit unit, List<Unit> trail, Period period, MapFigure figure) {
    boolean commune = isCommuneOrBelow(unit);
    LocalDate today = today();
    var byUnit = async(() -> byUnit(unit, period));
    var byDay = async(() -> stats(unit, period.from(), period.to(), Split.DAY));
    var perDay =
        async(() -> statistics.receivedByDayAndCategory(unit.code(), period.from(), period.to()));
    var league = async(() -> commune ? List.<Dashboard.Ranked>of() : league(unit, period));
    var tickets = async(() -> commune ? ticketsOf(unit, period) : List.<Ticket>of());
    long receivedToday = stats(unit, today, today, Split.DAY).total().received();
    return new Dashboard(
        unit,
        trail,
        period,
        figure,
        byDay.join().total(),
        receivedToday,
        byUnit.join(),
        byDay.join(),
        perDay.join(),
        league.join(),
        tickets.join());
  }

  private <T> CompletableFuture<T> async(Supplier<T> query) {
    return CompletableFuture.supplyAsync(query, executor);
  }

  /** The figures of each unit directly below, as the table and the exports show them. */
  StatsResult byUnit(Unit unit, Period period) {
    return stats(unit, period.from(), period.to(), Split.UNIT);
  }

  private StatsResult stats(Unit unit, LocalDate from, LocalDate to, Split split) {
    return statistics.stats(new StatsQuery(unit.code(), from, to, split));
  }

  // The communes below: the rows of the unit's own split where its children are communes, the rows
  // of each child's split where they are districts (a province), ranked together.
  private List<Dashboard.Ranked> league(Unit unit, Period period) {
    List<StatsResult.Row> communes = new ArrayList<>();
    Map<String, String> parents = new LinkedHashMap<>();
    List<Unit> children = tree.children(unit.code());
    Map<Unit, CompletableFuture<StatsResult>> districts = new LinkedHashMap<>();
    for (Unit child : children) {
      if (!isCommuneOrBelow(child)) {
        districts.put(child, async(() -> byUnit(child, period)));
      }
    }
    if (children.stream().anyMatch(DashboardService::isCommuneOrBelow)) {
      addCommunes(unit, byUnit(unit, period), communes, parents);
    }
    districts.forEach((child, rows) -> addCommunes(child, rows.join(), communes, parents));
    List<StatsResult.Row> ranked = LeagueTable.rank(communes);
    List<Dashboard.Ranked> league = new ArrayList<>(ranked.size());
    for (int i = 0; i < ranked.size(); i++) {
      StatsResult.Row row = ranked.get(i);
      league.add(new Dashboard.Ranked(i + 1, row, parents.get(row.key())));
    }
    return league;
  }

  private void addCommunes(
      Unit parent,
      StatsResult byUnit,
      List<StatsResult.Row> communes,
      Map<String, String> parents) {
    for (StatsResult.Row row : byUnit.rows()) {
      Unit below = tree.find(new UnitCode(row.key())).orElse(null);
      if (below != null && !below.equals(parent) && isCommuneOrBelow(below)) {
        communes.add(row);
        parents.put(row.key(), parent.fullName());
      }
    }
  }

  private List<Ticket> ticketsOf(Unit unit, Period period) {
    List<UnitCode> subtree = new ArrayList<>();
    collect(unit, subtree);
    return tickets.search(
        TicketSearch.filedIn(
            subtree,
            period.from().atStartOfDay(zone).toInstant(),
            period.to().plusDays(1).atStartOfDay(zone).toInstant()),
        0,
        TICKETS_LISTED);
  }

  private void collect(Unit unit, List<UnitCode> codes) {
    codes.add(unit.code());
    tree.children(unit.code()).forEach(child -> collect(child, codes));
  }
}
