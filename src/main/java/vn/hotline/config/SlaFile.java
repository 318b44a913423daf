package vn.hotline.config;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import vn.hotline.category.Categories;
import vn.hotline.category.Priority;
import vn.hotline.sla.SlaPolicy;

/**
 * Reads {@code sla.yml}: time to acknowledge and to resolve per priority, optionally per category.
 */
final class SlaFile {
  static final String NAME = "sla.yml";

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
    return new SlaPolicy(byPriority, byCategory, closeAfter, zone(root.required("time_zone")));
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
