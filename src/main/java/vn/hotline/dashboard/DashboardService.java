package vn.hotline.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hotline.report.LeagueTable;
import vn.hotline.report.Split;
import vn.hotline.report.Statistics;
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

  private final Statistics statistics;
  private final UnitTree tree;
  private final Tickets tickets;
  private final ZoneId zone;
  private final Clock clock;

  DashboardService(
      Statistics statistics, UnitTree tree, Tickets tickets, ZoneId zone, Clock clock) {
    this.statistics = statistics;
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
    StatsResult byUnit = byUnit(unit, period);
    StatsResult byDay = stats(unit, period.from(), period.to(), Split.DAY);
    LocalDate today = today();
    long receivedToday =
        period.from().equals(today) && period.to().equals(today)
            ? byDay.total().received()
            : stats(unit, today, today, Split.DAY).total().received();
    boolean commune = isCommuneOrBelow(unit);
    return new Dashboard(
        unit,
        trail,
        period,
        figure,
        byDay.total(),
        receivedToday,
        byUnit,
        byDay,
        perDayByCategory(unit, period),
        commune ? List.of() : league(unit, byUnit),
        commune ? ticketsOf(unit, period) : List.of());
  }

  /** The figures of each unit directly below, as the table and the exports show them. */
  StatsResult byUnit(Unit unit, Period period) {
    return stats(unit, period.from(), period.to(), Split.UNIT);
  }

  private StatsResult stats(Unit unit, LocalDate from, LocalDate to, Split split) {
    return statistics.stats(new StatsQuery(unit.code(), from, to, split));
  }

  private Map<LocalDate, Map<String, Long>> perDayByCategory(Unit unit, Period period) {
    Map<LocalDate, Map<String, Long>> counts = new LinkedHashMap<>();
    for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
      Map<String, Long> byCategory = new LinkedHashMap<>();
      for (StatsResult.Row row : stats(unit, day, day, Split.CATEGORY).rows()) {
        byCategory.put(row.key(), row.figures().received());
      }
      counts.put(day, byCategory);
    }
    return counts;
  }

  // The communes below: the rows of the split when they are the unit's children, else the rows of
  // each child's own split (a province's districts and their communes), ranked together.
  private List<Dashboard.Ranked> league(Unit unit, StatsResult byUnit) {
    List<StatsResult.Row> communes = new ArrayList<>();
    Map<String, String> parents = new LinkedHashMap<>();
    for (Unit child : tree.children(unit.code())) {
      if (isCommuneOrBelow(child)) {
        continue;
      }
      StatsResult below = byUnit(child, byUnit);
      for (StatsResult.Row row : below.rows()) {
        if (!row.key().equals(child.code().value())) {
          communes.add(row);
          parents.put(row.key(), child.fullName());
        }
      }
    }
    for (StatsResult.Row row : byUnit.rows()) {
      Unit rowUnit = tree.find(new UnitCode(row.key())).orElse(null);
      if (rowUnit != null && !rowUnit.equals(unit) && isCommuneOrBelow(rowUnit)) {
        communes.add(row);
        parents.put(row.key(), unit.fullName());
      }
    }
    List<StatsResult.Row> ranked = LeagueTable.rank(communes);
    List<Dashboard.Ranked> league = new ArrayList<>(ranked.size());
    for (int i = 0; i < ranked.size(); i++) {
      StatsResult.Row row = ranked.get(i);
      league.add(new Dashboard.Ranked(i + 1, row, parents.get(row.key())));
    }
    return league;
  }

  private StatsResult byUnit(Unit unit, StatsResult like) {
    return stats(unit, like.from(), like.to(), Split.UNIT);
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
