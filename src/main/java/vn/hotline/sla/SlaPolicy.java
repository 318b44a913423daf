package vn.hotline.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import vn.hotline.category.Priority;

/**
 * How fast tickets must be acknowledged and resolved, counted around the clock: the Command Centres
 * worked 24/7.
 *
 * @param byPriority limits for each priority; every priority has one
 * @param byCategory optional limits for a category code, which replace the priority's
 * @param closeAfter how long a resolved ticket waits for the citizen before it closes by itself
 * @param zone the time zone for daily reports and for showing due times
 */
public record SlaPolicy(
    Map<Priority, Limits> byPriority,
    Map<String, Limits> byCategory,
    Duration closeAfter,
    ZoneId zone) {

  public SlaPolicy {
    byPriority = Map.copyOf(byPriority);
    byCategory = Map.copyOf(byCategory);
    Objects.requireNonNull(closeAfter, "closeAfter");
    Objects.requireNonNull(zone, "zone");
    for (Priority priority : Priority.values()) {
      if (!byPriority.containsKey(priority)) {
        throw new IllegalArgumentException("no limits for priority " + priority);
      }
    }
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
    return filedAt.plus(limitsFor(categoryCode, priority).acknowledge());
  }

  /** When a ticket filed at {@code filedAt} must be resolved. */
  public Instant resolveBy(Instant filedAt, String categoryCode, Priority priority) {
    return filedAt.plus(limitsFor(categoryCode, priority).resolve());
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
