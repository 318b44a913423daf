package vn.hotline.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.hotline.report.Figures;
import vn.hotline.report.StatsResult;
import vn.hotline.ticket.Ticket;
import vn.hotline.unit.Unit;

/**
 * What the dashboard shows of one unit over one period, all taken from the statistics read model
 * except the ticket list of a commune, which is read from the store.
 *
 * @param trail the breadcrumb, from the highest unit the viewer may see down to {@code unit}
 * @param receivedToday tickets filed today in the unit and below, whatever the period
 * @param byUnit the figures of each unit directly below (and of the unit's own queue if used)
 * @param byDay the figures of each day of the period, for the charts of times
 * @param perDayByCategory per day, tickets received per category code
 * @param league the communes in and below the unit, best first; none for a commune
 * @param tickets a commune's tickets filed in the period, newest first; none above a commune
 */
public record Dashboard(
    Unit unit,
    List<Unit> trail,
    Period period,
    MapFigure figure,
    Figures total,
    long receivedToday,
    StatsResult byUnit,
    StatsResult byDay,
    Map<LocalDate, Map<String, Long>> perDayByCategory,
    List<Ranked> league,
    List<Ticket> tickets) {

  public Dashboard {
    trail = List.copyOf(trail);
    perDayByCategory = Map.copyOf(perDayByCategory);
    league = List.copyOf(league);
    tickets = List.copyOf(tickets);
  }

  /** A commune's place in the league table, with the unit above it for the reader. */
  public record Ranked(int rank, StatsResult.Row row, String parentName) {}

  /** Whether this is the last level of figures: below it, tickets. */
  public boolean listsTickets() {
    return DashboardService.isCommuneOrBelow(unit);
  }
}
