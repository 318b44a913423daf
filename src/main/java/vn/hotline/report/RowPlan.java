package vn.hotline.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.hotline.category.Categories;
import vn.hotline.category.Category;
import vn.hotline.category.Priority;
import vn.hotline.unit.Unit;

/**
 * The rows one query answers with, and which row a ticket goes to. Unit rows start with the asked
 * unit's own queue, which is shown only when tickets sit in it, unless the unit has no children.
 */
final class RowPlan {
  private final Split by;
  private final List<String> keys = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private final int[] unitRows;
  private final boolean ownQueueOptional;

  private RowPlan(Split by, int[] unitRows, boolean ownQueueOptional) {
    this.by = by;
    this.unitRows = unitRows;
    this.ownQueueOptional = ownQueueOptional;
  }

  static RowPlan of(
      StatsQuery query, UnitIndex units, int unit, Categories categories, Locale locale) {
    return switch (query.by()) {
      case UNIT -> byUnit(units, unit);
      case CATEGORY -> {
        RowPlan plan = new RowPlan(Split.CATEGORY, null, false);
        for (Category category : categories.all()) {
          plan.row(category.code(), category.name(locale));
        }
        yield plan;
      }
      case PRIORITY -> {
        RowPlan plan = new RowPlan(Split.PRIORITY, null, false);
        for (Priority priority : Priority.values()) {
          plan.row(priority.name(), priority.name());
        }
        yield plan;
      }
      case DAY -> {
        RowPlan plan = new RowPlan(Split.DAY, null, false);
        for (LocalDate day = query.from(); !day.isAfter(query.to()); day = day.plusDays(1)) {
          plan.row(day.toString(), day.toString());
        }
        yield plan;
      }
    };
  }

  private static RowPlan byUnit(UnitIndex units, int unit) {
    Unit asked = units.unit(unit);
    List<Unit> children = units.childrenByName(asked);
    RowPlan plan = new RowPlan(Split.UNIT, units.rowsBelow(unit, children), !children.isEmpty());
    plan.row(asked.code().value(), asked.fullName());
    for (Unit child : children) {
      plan.row(child.code().value(), child.fullName());
    }
    return plan;
  }

  private void row(String key, String name) {
    keys.add(key);
    names.add(name);
  }

  int size() {
    return keys.size();
  }

  /** The row of a ticket in the asked unit's subtree, filed {@code day} days into the period. */
  int rowOf(TicketFacts ticket, int day) {
    return switch (by) {
      case UNIT -> unitRows[ticket.unit()];
      case CATEGORY -> ticket.category();
      case PRIORITY -> ticket.priority();
      case DAY -> day;
    };
  }

  /** The row charged with the ticket's escalation, which was to a unit in the subtree. */
  int escalationRowOf(TicketFacts ticket, int day) {
    return by == Split.UNIT ? unitRows[ticket.escalatedTo()] : rowOf(ticket, day);
  }

  /** The rows with their figures; the own-queue row is left out when it is optional and empty. */
  List<StatsResult.Row> rows(Tally[] tallies) {
    List<StatsResult.Row> rows = new ArrayList<>(tallies.length);
    for (int i = 0; i < tallies.length; i++) {
      if (i == 0 && ownQueueOptional && tallies[0].isEmpty()) {
        continue;
      }
      rows.add(new StatsResult.Row(keys.get(i), names.get(i), tallies[i].figures()));
    }
    return rows;
  }
}
