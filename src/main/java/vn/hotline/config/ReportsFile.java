package vn.hotline.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.hotline.report.ReportPlan;
import vn.hotline.unit.UnitLevel;

/**
 * Reads {@code reports.yml}: which reports go to which Command Centres and when. Without the file
 * the directives' defaults apply (see {@link #DEFAULTS}).
 */
public final class ReportsFile {
  static final String NAME = "reports.yml";

  /** Directive 001's day and directive 002's periodic report, when there is no file. */
  static final List<ReportPlan.Scheduled> DEFAULTS =
      List.of(
          daily(EnumSet.of(UnitLevel.COMMUNE), LocalTime.of(16, 0)),
          daily(EnumSet.of(UnitLevel.DISTRICT, UnitLevel.PROVINCE), LocalTime.of(17, 0)),
          new ReportPlan.Scheduled(
              ReportPlan.Kind.MORNING_UPDATE,
              EnumSet.of(UnitLevel.COMMUNE, UnitLevel.DISTRICT, UnitLevel.PROVINCE),
              LocalTime.of(6, 0),
              1,
              1,
              LocalDate.of(2021, 1, 1)),
          new ReportPlan.Scheduled(
              ReportPlan.Kind.PERIODIC,
              EnumSet.of(UnitLevel.PROVINCE),
              LocalTime.of(17, 0),
              3,
              3,
              LocalDate.of(2021, 1, 1)));

  private ReportsFile() {}

  /** The plan in {@code dir}, with times in {@code zone}. */
  public static ReportPlan read(Path dir, ZoneId zone) {
    Path file = dir.resolve(NAME);
    if (!Files.exists(file)) {
      return new ReportPlan(DEFAULTS, zone, ReportPlan.DEFAULT_LATENESS);
    }
    ConfigNode root = ConfigNode.read(file, NAME);
    List<ReportPlan.Scheduled> reports = new ArrayList<>();
    for (ConfigNode entry : root.required("reports").items()) {
      reports.add(entry(entry));
    }
    var lateness =
        root.optional("send_missed_within")
            .map(Durations::parse)
            .orElse(ReportPlan.DEFAULT_LATENESS);
    return new ReportPlan(reports, zone, lateness);
  }

  private static ReportPlan.Scheduled entry(ConfigNode entry) {
    ReportPlan.Kind kind = entry.choice("kind", ReportPlan.Kind.class);
    Set<UnitLevel> levels = EnumSet.noneOf(UnitLevel.class);
    for (ConfigNode level : entry.required("levels").items()) {
      try {
        levels.add(UnitLevel.valueOf(level.scalar().strip()));
      } catch (IllegalArgumentException e) {
        throw level.problem(
            "unknown level " + level.scalar() + ", expected " + List.of(UnitLevel.values()));
      }
    }
    int every = whole(entry, "every_days", 1);
    int days = whole(entry, "days", kind == ReportPlan.Kind.PERIODIC ? every : 1);
    LocalDate starting =
        entry
            .optionalText("starting")
            .map(text -> date(entry, text))
            .orElse(LocalDate.of(2021, 1, 1));
    return new ReportPlan.Scheduled(kind, levels, time(entry), every, days, starting);
  }

  private static LocalTime time(ConfigNode entry) {
    String text = entry.text("at");
    try {
      return LocalTime.parse(text.length() == 4 ? "0" + text : text);
    } catch (DateTimeParseException e) {
      throw entry.required("at").problem("'at' is " + text + ", expected a time such as 16:00");
    }
  }

  private static LocalDate date(ConfigNode entry, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw entry.required("starting").problem("'starting' is " + text + ", expected YYYY-MM-DD");
    }
  }

  private static int whole(ConfigNode entry, String key, int fallback) {
    long value = entry.optionalLong(key).orElse((long) fallback);
    if (value < 1 || value > 366) {
      throw entry.required(key).problem("'" + key + "' must be between 1 and 366");
    }
    return (int) value;
  }

  private static ReportPlan.Scheduled daily(Set<UnitLevel> levels, LocalTime at) {
    return new ReportPlan.Scheduled(
        ReportPlan.Kind.DAILY, levels, at, 1, 1, LocalDate.of(2021, 1, 1));
  }
}
