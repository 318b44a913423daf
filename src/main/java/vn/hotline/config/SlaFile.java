package vn.hotline.config;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hotline.category.Categories;
import vn.hotline.category.Priority;
import vn.hotline.sla.SlaPolicy;
import vn.hotline.sla.WorkingCalendar;

/**
 * Reads {@code sla.yml}: time to acknowledge and to resolve per priority, optionally per category;
 * the escalation ladders; an optional working calendar.
 */
final class SlaFile {
  static final String NAME = "sla.yml";
  private static final Pattern HOURS = Pattern.compile("(\\d{2}:\\d{2})\\s*-\\s*(\\d{2}:\\d{2})");

  private SlaFile() {}

  static SlaPolicy read(Path dir, Categories categories) {
    ConfigNode root = ConfigNode.read(dir.resolve(NAME), NAME);
    Map<Priority, SlaPolicy.Limits> byPriority = new EnumMap<>(Priority.class);
    ConfigNode priorities = root.required("priorities");
    for (Priority priority : Priority.values()) {
      byPriority.put(priority, limits(priorities.required(priority.name())));
    }
    Map<String, SlaPolicy.Limits> byCategory = new HashMap<>();
    if (root.optional("categories").isPresent()) {
      for (Map.Entry<String, ConfigNode> entry : root.required("categories").entries().entrySet()) {
        if (categories.find(entry.getKey()).isEmpty()) {
          throw entry.getValue().problem("unknown category " + entry.getKey());
        }
        byCategory.put(entry.getKey(), limits(entry.getValue()));
      }
    }
    Duration closeAfter = Durations.parse(root.required("close_resolved_after"));
    ZoneId zone = zone(root.required("time_zone"));
    Optional<ConfigNode> escalateAt = root.optional("escalate_at");
    return new SlaPolicy(
        byPriority,
        byCategory,
        closeAfter,
        zone,
        ladder(escalateAt, "acknowledge"),
        ladder(escalateAt, "resolve"),
        root.optional("calendar")
            .map(node -> calendar(node, zone))
            .orElse(WorkingCalendar.aroundTheClock(zone)));
  }

  /** A ladder of multiples, 1× then 2× then 4× unless the file says otherwise. */
  private static SlaPolicy.Ladder ladder(Optional<ConfigNode> escalateAt, String key) {
    Optional<ConfigNode> node = escalateAt.flatMap(n -> n.optional(key));
    if (node.isEmpty()) {
      return SlaPolicy.Ladder.DEFAULT;
    }
    List<Double> multipliers = new ArrayList<>();
    for (ConfigNode item : node.get().items()) {
      double m = item.number();
      if (!Double.isFinite(m) || m <= 0) {
        throw item.problem("a multiplier must be a positive number, not " + item.scalar());
      }
      if (!multipliers.isEmpty() && m <= multipliers.getLast()) {
        throw item.problem("each multiplier must be larger than the one before it");
      }
      multipliers.add(m);
    }
    if (multipliers.isEmpty()) {
      throw node.get().problem("'" + key + "' needs at least one multiplier");
    }
    return new SlaPolicy.Ladder(multipliers);
  }

  private static WorkingCalendar calendar(ConfigNode node, ZoneId zone) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (ConfigNode item : node.required("working_days").items()) {
      days.add(day(item));
    }
    if (days.isEmpty()) {
      throw node.problem("'working_days' needs at least one day");
    }
    ConfigNode hours = node.required("hours");
    Matcher m = HOURS.matcher(hours.scalar().strip());
    if (!m.matches()) {
      throw hours.problem("'" + hours.scalar() + "' is not working hours such as 07:30-17:00");
    }
    LocalTime start = time(hours, m.group(1));
    LocalTime end = m.group(2).equals("24:00") ? LocalTime.MIDNIGHT : time(hours, m.group(2));
    if (!end.equals(LocalTime.MIDNIGHT) && !start.isBefore(end)) {
      throw hours.problem("working hours must start before they end");
    }
    Set<LocalDate> holidays = new HashSet<>();
    for (ConfigNode item : node.optional("holidays").map(ConfigNode::items).orElse(List.of())) {
      try {
        holidays.add(LocalDate.parse(item.scalar().strip()));
      } catch (DateTimeException e) {
        throw item.problem("'" + item.scalar() + "' is not a date such as 2021-09-02");
      }
    }
    return new WorkingCalendar(zone, days, start, end, holidays);
  }

  private static DayOfWeek day(ConfigNode item) {
    String name = item.scalar().strip().toUpperCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().equals(name) || day.name().startsWith(name) && name.length() == 3) {
        return day;
      }
    }
    throw item.problem("'" + item.scalar() + "' is not a day of the week such as MON");
  }

  private static LocalTime time(ConfigNode node, String text) {
    try {
      return LocalTime.parse(text);
    } catch (DateTimeException e) {
      throw node.problem("'" + text + "' is not a time of day");
    }
  }

  private static SlaPolicy.Limits limits(ConfigNode node) {
    Duration acknowledge = Durations.parse(node.required("acknowledge"));
    Duration resolve = Durations.parse(node.required("resolve"));
    if (resolve.compareTo(acknowledge) < 0) {
      throw node.problem("resolve must not come sooner than acknowledge");
    }
    return new SlaPolicy.Limits(acknowledge, resolve);
  }

  private static ZoneId zone(ConfigNode node) {
    try {
      return ZoneId.of(node.scalar().strip());
    } catch (DateTimeException e) {
      throw node.problem("unknown time zone " + node.scalar());
    }
  }
}
