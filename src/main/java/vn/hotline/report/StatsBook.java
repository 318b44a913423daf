package vn.hotline.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.hotline.category.Categories;
import vn.hotline.ticket.Ticket;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * The supervisors' statistics as an in-memory read model: the compact facts of every ticket, kept
 * by local filing date. Fed with every saved ticket ({@link #update}) after being filled at
 * start-up ({@link #load}); a query scans only the days of its period. Safe to use from many
 * threads.
 */
public final class StatsBook implements Statistics {
  private final UnitIndex units;
  private final Categories categories;
  private final Map<String, Integer> categoryIndex = new HashMap<>();
  private final ZoneId zone;
  private final Clock clock;
  private final Locale locale;
  private final Map<Long, DayShelf> days = new ConcurrentHashMap<>();
  // Written only under the book's lock: saves are few, and one writer keeps index and days in step.
  private final CodeIndex codes = new CodeIndex();

  /** A book whose category rows are named in Vietnamese. */
  public StatsBook(UnitTree tree, Categories categories, ZoneId zone, Clock clock) {
    this(tree, categories, zone, clock, Locale.forLanguageTag("vi"));
  }

  /**
   * @param zone the SLA time zone, in which periods and days are local dates
   * @param clock gives "now" for the figures that depend on it (open, overdue, the SLA shares)
   * @param locale the language of category names in rows
   */
  public StatsBook(UnitTree tree, Categories categories, ZoneId zone, Clock clock, Locale locale) {
    this.units = new UnitIndex(tree);
    this.categories = categories;
    this.zone = zone;
    this.clock = clock;
    this.locale = locale;
    List<String> codes = categories.codes();
    for (int i = 0; i < codes.size(); i++) {
      categoryIndex.put(codes.get(i), i);
    }
  }

  /**
   * Takes in a saved ticket, replacing what the book knew of it unless that came from a later
   * version (saves of one ticket may arrive out of order).
   */
  public void update(Ticket ticket) {
    // Worked out before taking the lock: every save of every intake lane comes through here.
    TicketFacts facts = TicketFacts.of(ticket, units::indexOf, this::categoryIndexOf);
    long day = LocalDate.ofInstant(ticket.deadlines().filedAt(), zone).toEpochDay();
    place(ticket, facts, day);
  }

  private synchronized void place(Ticket ticket, TicketFacts facts, long day) {
    DayShelf shelf = days.computeIfAbsent(day, d -> new DayShelf(units.size()));
    long key = codes.key(ticket.code());
    long location = codes.locationOf(key);
    long placed = shelf.put(location, key, facts);
    if (placed != location) {
      codes.put(key, placed);
    }
  }

  private int categoryIndexOf(String code) {
    return categoryIndex.getOrDefault(code, TicketFacts.NONE);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the unit is not in the tree
   */
  @Override
  public StatsResult stats(StatsQuery query) {
    int unit = units.indexOf(query.unitCode());
    if (unit == TicketFacts.NONE) {
      throw new IllegalArgumentException("no unit " + query.unitCode());
    }
    RowPlan plan = RowPlan.of(query, units, unit, categories, locale);
    Tally total = new Tally();
    Tally[] rows = new Tally[plan.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new Tally();
    }
    scan(query, unit, plan, total, rows);
    Unit asked = units.unit(unit);
    return new StatsResult(
        asked.code(),
        asked.fullName(),
        query.from(),
        query.to(),
        zone,
        query.by(),
        total.figures(),
        plan.rows(rows));
  }

  /**
   * The tickets received in the unit and below on each day of the period, by category code (every
   * configured category, zeros included): what a {@link Split#CATEGORY} answer for each day would
   * count as {@code received}, without working out the other figures, for a chart of a long period
   * that needs only the counts.
   *
   * @throws IllegalArgumentException when the unit is not in the tree
   */
  public Map<LocalDate, Map<String, Long>> receivedByDayAndCategory(
      UnitCode unitCode, LocalDate from, LocalDate to) {
    int unit = units.indexOf(unitCode);
    if (unit == TicketFacts.NONE) {
      throw new IllegalArgumentException("no unit " + unitCode);
    }
    List<String> codes = categories.codes();
    Map<LocalDate, Map<String, Long>> counts = new LinkedHashMap<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      long[] byCategory = new long[codes.size()];
      DayShelf shelf = days.get(day.toEpochDay());
      if (shelf != null) {
        shelf.scan(unit, units.end(unit), new CategoryCount(byCategory));
      }
      Map<String, Long> named = new LinkedHashMap<>();
      for (int i = 0; i < byCategory.length; i++) {
        named.put(codes.get(i), byCategory[i]);
      }
      counts.put(day, named);
    }
    return counts;
  }

  private void scan(StatsQuery query, int unit, RowPlan plan, Tally total, Tally[] rows) {
    Scan scan = new Scan(clock.millis(), unit, units.end(unit), plan, total, rows);
    long first = query.from().toEpochDay();
    for (long day = first; day <= query.to().toEpochDay(); day++) {
      DayShelf shelf = days.get(day);
      if (shelf != null) {
        scan.offset = (int) (day - first);
        shelf.scan(unit, units.end(unit), scan);
      }
    }
  }

  /** One query's pass over the days: adds each ticket to the total and to its row. */
  private static final class Scan implements DayShelf.Visitor {
    private final long now;
    private final int low;
    private final int high;
    private final RowPlan plan;
    private final Tally total;
    private final Tally[] rows;
    private int offset;

    Scan(long now, int low, int high, RowPlan plan, Tally total, Tally[] rows) {
      this.now = now;
      this.low = low;
      this.high = high;
      this.plan = plan;
      this.total = total;
      this.rows = rows;
    }

    @Override
    public void queued(TicketFacts ticket) {
      total.add(ticket, now);
      int row = plan.rowOf(ticket, offset);
      if (row >= 0) {
        rows[row].add(ticket, now);
      }
      if (ticket.escalatedTo() >= low && ticket.escalatedTo() < high) {
        chargedOnly(ticket);
      }
    }

    @Override
    public void chargedOnly(TicketFacts ticket) {
      total.addEscalation();
      int row = plan.escalationRowOf(ticket, offset);
      if (row >= 0) {
        rows[row].addEscalation();
      }
    }
  }
}
