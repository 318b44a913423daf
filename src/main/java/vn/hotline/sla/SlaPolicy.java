package vn.hotline.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.hotline.category.Priority;

/**
 * How fast tickets must be acknowledged and resolved, and how a breach climbs the unit tree.
 * Counted around the clock unless a working calendar is given: the Command Centres worked 24/7.
 *
 * @param byPriority limits for each priority; every priority has one
 * @param byCategory optional limits for a category code, which replace the priority's
 * @param closeAfter how long a resolved ticket waits for the citizen before it closes by itself
 * @param zone the time zone for daily reports and for showing due times
 * @param acknowledgeLadder when an unacknowledged ticket is overdue, then escalates, in multiples
 *     of its time to acknowledge
 * @param resolveLadder the same for an unresolved ticket, in multiples of its time to resolve
 * @param calendar the working time that NORMAL and HIGH limits count; URGENT counts every hour
 */
public record SlaPolicy(
    Map<Priority, Limits> byPriority,
    Map<String, Limits> byCategory,
    Duration closeAfter,
    ZoneId zone,
    Ladder acknowledgeLadder,
    Ladder resolveLadder,
    WorkingCalendar calendar) {

  public SlaPolicy {
    byPriority = Map.copyOf(byPriority);
    byCategory = Map.copyOf(byCategory);
    Objects.requireNonNull(closeAfter, "closeAfter");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(acknowledgeLadder, "acknowledgeLadder");
    Objects.requireNonNull(resolveLadder, "resolveLadder");
    Objects.requireNonNull(calendar, "calendar");
    for (Priority priority : Priority.values()) {
      if (!byPriority.containsKey(priority)) {
        throw new IllegalArgumentException("no limits for priority " + priority);
      }
    }
  }

  /** A policy with the default ladders (1×, 2×, 4×), counted around the clock. */
  public SlaPolicy(
      Map<Priority, Limits> byPriority,
      Map<String, Limits> byCategory,
      Duration closeAfter,
      ZoneId zone) {
    this(
        byPriority,
        byCategory,
        closeAfter,
        zone,
        Ladder.DEFAULT,
        Ladder.DEFAULT,
        WorkingCalendar.aroundTheClock(zone));
  }

  /**
   * The limits a ticket of this category and priority runs under. Urgency beats a category's own
   * limits.
   */
  public Limits limitsFor(String categoryCode, Priority priority) {
    if (priority == Priority.URGENT) {
      return byPriority.get(Priority.URGENT);
    }
    return byCategory.getOrDefault(categoryCode, byPriority.get(priority));
  }

  /** When a ticket filed at {@code filedAt} must be acknowledged. */
  public Instant acknowledgeBy(Instant filedAt, String categoryCode, Priority priority) {
    return after(filedAt, limitsFor(categoryCode, priority).acknowledge(), priority);
  }

  /**
   * When a ticket filed (or reopened) at {@code from} must be resolved: a reopened ticket gets its
   * full time again.
   */
  public Instant resolveBy(Instant from, String categoryCode, Priority priority) {
    return after(from, limitsFor(categoryCode, priority).resolve(), priority);
  }

  /**
   * The moment {@code limit} after {@code start} for a ticket of this priority: in working time on
   * the calendar, except for URGENT tickets, which count every hour.
   */
  Instant after(Instant start, Duration limit, Priority priority) {
    return priority == Priority.URGENT ? start.plus(limit) : calendar.plus(start, limit);
  }

  /**
   * The multiples of a limit at which a late ticket is overdue (step 0, at its own unit), then
   * escalates to the parent (step 1), the grandparent (step 2), and so on; past the last entry each
   * step doubles the one before.
   *
   * @param multipliers positive and strictly increasing; never empty
   */
  public record Ladder(List<Double> multipliers) {
    /** Overdue at the limit, the parent at twice, the grandparent at four times. */
    public static final Ladder DEFAULT = new Ladder(List.of(1.0, 2.0, 4.0));

    public Ladder {
      multipliers = List.copyOf(multipliers);
      if (multipliers.isEmpty()) {
        throw new IllegalArgumentException("a ladder needs at least one step");
      }
      double previous = 0;
      for (double m : multipliers) {
        if (!Double.isFinite(m) || m <= previous) {
          throw new IllegalArgumentException("multipliers must be positive and increasing");
        }
        previous = m;
      }
    }

    /** The multiple of the limit at which step {@code level} (0 = overdue) falls due. */
    public double multiplier(int level) {
      int last = multipliers.size() - 1;
      return level <= last
          ? multipliers.get(level)
          : Math.scalb(multipliers.get(last), level - last);
    }

    /** {@code limit} times the multiplier of step {@code level}, to the millisecond. */
    Duration times(Duration limit, int level) {
      return Duration.ofMillis(Math.round(limit.toMillis() * multiplier(level)));
    }
  }

  /** Time to acknowledge and time to resolve. */
  public record Limits(Duration acknowledge, Duration resolve) {
    public Limits {
      if (acknowledge.isNegative() || acknowledge.isZero() || resolve.compareTo(acknowledge) < 0) {
        throw new IllegalArgumentException(
            "limits must be positive and resolve no sooner than acknowledge");
      }
    }
  }
}
