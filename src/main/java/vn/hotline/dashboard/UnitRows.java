package vn.hotline.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.hotline.report.Figures;
import vn.hotline.report.StatsResult;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/**
 * The rows of the dashboard's tables as they read: the units of the current level, and the league
 * table of communes. A unit one may drill into links to its dashboard.
 */
public final class UnitRows {

  /** A unit's row: figures as text, the share within the SLA also as a number for its meter. */
  public record Row(
      String rank,
      String name,
      String parent,
      String href,
      String received,
      String open,
      String overdue,
      String ackPct,
      Double ackPctValue,
      String ackMedian,
      String resolveMedian) {

    public boolean hasMeter() {
      return ackPctValue != null;
    }

    public String meterValue() {
      return String.valueOf(Math.round(ackPctValue));
    }
  }

  private final UnitTree tree;
  private final Numbers numbers;
  private final Function<String, String> href;

  /**
   * @param href the address of a unit's dashboard, by code
   */
  UnitRows(UnitTree tree, Numbers numbers, Function<String, String> href) {
    this.tree = tree;
    this.numbers = numbers;
    this.href = href;
  }

  /** The units directly below {@code unit}, and its own queue when tickets sit in it. */
  List<Row> below(Unit unit, StatsResult byUnit, String ownQueue) {
    List<Row> rows = new ArrayList<>();
    for (StatsResult.Row row : byUnit.rows()) {
      boolean own = row.key().equals(unit.code().value());
      String name = own ? ownQueue : row.name();
      rows.add(row("", name, "", own ? null : linkTo(row.key()), row.figures()));
    }
    return rows;
  }

  List<Row> league(List<Dashboard.Ranked> league) {
    List<Row> rows = new ArrayList<>(league.size());
    for (Dashboard.Ranked ranked : league) {
      StatsResult.Row row = ranked.row();
      rows.add(
          row(
              String.valueOf(ranked.rank()),
              row.name(),
              ranked.parentName(),
              linkTo(row.key()),
              row.figures()));
    }
    return rows;
  }

  // A village has no dashboard of its own: its tickets are in its commune's list.
  private String linkTo(String code) {
    return tree.find(new UnitCode(code))
        .filter(u -> u.level() != UnitLevel.VILLAGE)
        .map(u -> href.apply(code))
        .orElse(null);
  }

  private Row row(String rank, String name, String parent, String link, Figures f) {
    return new Row(
        rank,
        name,
        parent,
        link,
        numbers.count(f.received()),
        numbers.count(f.openNow()),
        numbers.count(f.overdueNow()),
        numbers.percent(f.ackWithinSlaPct()),
        f.ackWithinSlaPct(),
        numbers.duration(f.ackMedianSeconds()),
        numbers.duration(f.resolveMedianSeconds()));
  }
}
