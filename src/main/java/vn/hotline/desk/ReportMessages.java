package vn.hotline.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.hotline.category.Categories;
import vn.hotline.category.Category;
import vn.hotline.messages.Messages;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.report.ReportLabels;
import vn.hotline.report.ReportPlan;
import vn.hotline.report.ReportSheets;
import vn.hotline.report.Split;
import vn.hotline.report.Statistics;
import vn.hotline.report.StatsQuery;
import vn.hotline.report.StatsResult;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketSearch;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.Tickets;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * The directives' reports as messages for a unit's group: a text summary with the league table, a
 * chart of reports per day by category, a chart of time to acknowledge by unit, the province map,
 * and the spreadsheet in the uniform template, the same at every level. Each part is made with the
 * id the caller gives it, so that a report queued twice is queued once.
 */
final class ReportMessages {
  private static final int CHART_DAYS = 7;
  private static final int OVERDUE_LISTED = 1000;

  private final Statistics statistics;
  private final Tickets tickets;
  private final UnitTree units;
  private final Categories categories;
  private final Messages messages;
  private final Cards cards;
  private final ReportFiles files;
  private final ZoneId zone;
  private final Clock clock;

  ReportMessages(
      Statistics statistics,
      Tickets tickets,
      UnitTree units,
      Categories categories,
      Messages messages,
      Cards cards,
      ReportFiles files,
      ZoneId zone,
      Clock clock) {
    this.statistics = statistics;
    this.tickets = tickets;
    this.units = units;
    this.categories = categories;
    this.messages = messages;
    this.cards = cards;
    this.files = files;
    this.zone = zone;
    this.clock = clock;
  }

  /** The day's report of {@code unit}, for {@code chat}. */
  List<Function<String, OutboundMessage>> daily(
      Unit unit, LocalDate date, long chat, Locale locale) {
    return figures(ReportPlan.Kind.DAILY, unit, date, date, chat, locale);
  }

  /** The parts of one scheduled report. */
  List<Function<String, OutboundMessage>> of(
      ReportPlan.Occurrence occurrence, Unit unit, long chat, Locale locale) {
    LocalDate to = occurrence.date();
    return switch (occurrence.report().kind()) {
      case MORNING_UPDATE -> morning(unit, occurrence, chat, locale);
      case DAILY, PERIODIC ->
          figures(
              occurrence.report().kind(),
              unit,
              to.minusDays(occurrence.report().days() - 1L),
              to,
              chat,
              locale);
    };
  }

  private List<Function<String, OutboundMessage>> figures(
      ReportPlan.Kind kind, Unit unit, LocalDate from, LocalDate to, long chat, Locale locale) {
    StatsResult byUnit = statistics.stats(new StatsQuery(unit.code(), from, to, Split.UNIT));
    StatsResult byCategory =
        statistics.stats(new StatsQuery(unit.code(), from, to, Split.CATEGORY));
    StatsText text = new StatsText(messages, locale);
    ReportLabels labels = ReportLabels.from(key -> messages.text(locale, key));
    String period = text.period(byUnit);
    String stem = "report-" + unit.code() + "-" + to;
    byte[] perDay =
        files.perDayChart(
            labels, perDay(unit, to), categoryNames(locale), say(locale, "report.chart.perDay"));
    List<Function<String, OutboundMessage>> parts = new ArrayList<>();
    parts.add(
        id ->
            OutboundMessage.text(
                id, chat, text.render("report.title." + kind.name(), byUnit), null));
    parts.add(id -> files.photo(id, chat, stem + "-per-day.png", perDay));
    if (!units.children(unit.code()).isEmpty()) {
      byte[] ack = files.ackChart(labels, byUnit, say(locale, "report.chart.ackByUnit"));
      parts.add(id -> files.photo(id, chat, stem + "-acknowledge.png", ack));
    }
    if (unit.equals(units.root()) && files.hasMap()) {
      byte[] map =
          files.map(
              labels, byUnit, say(locale, "report.map.title"), say(locale, "report.map.legend"));
      parts.add(id -> files.photo(id, chat, stem + "-map.png", map));
    }
    List<ReportSheets.OverdueTicket> overdue = overdue(unit).stream().map(this::row).toList();
    parts.add(
        id ->
            files.workbook(
                id,
                chat,
                say(locale, "report.file", unit.fullName(), period),
                stem + ".xlsx",
                labels,
                byUnit,
                byCategory,
                overdue,
                clock.instant()));
    return parts;
  }

  private ReportSheets.OverdueTicket row(Ticket t) {
    Instant due =
        t.state() == TicketState.NEW ? t.deadlines().acknowledgeBy() : t.deadlines().resolveBy();
    return new ReportSheets.OverdueTicket(
        t.code().toString(),
        units
            .find(t.whereabouts().unitCode())
            .map(Unit::fullName)
            .orElse(t.whereabouts().unitCode().value()),
        categories
            .find(t.reported().category())
            .map(c -> c.name(Cards.LOCALE))
            .orElse(t.reported().category()),
        cards.say("priority." + t.reported().priority().name()),
        cards.say("state." + t.state().name()),
        t.deadlines().filedAt(),
        due,
        Math.max(0, Duration.between(due, clock.instant()).toMinutes()),
        t.assigneeName().orElse(""));
  }

  private List<Function<String, OutboundMessage>> morning(
      Unit unit, ReportPlan.Occurrence occurrence, long chat, Locale locale) {
    var since = ZonedDateTime.of(occurrence.date().minusDays(1), LocalTime.of(17, 0), zone);
    List<UnitCode> subtree = subtree(unit);
    int overnight =
        tickets
            .search(
                TicketSearch.filedIn(subtree, since.toInstant(), occurrence.dueAt()),
                0,
                OVERDUE_LISTED)
            .size();
    List<Ticket> late = overdue(unit);
    StringBuilder text =
        new StringBuilder(
            say(locale, "report.title.MORNING_UPDATE", unit.fullName(), occurrence.date()));
    text.append('\n').append(say(locale, "report.morning.overnight", "17:00", overnight));
    text.append('\n').append(say(locale, "report.morning.overdue", late.size()));
    late.stream().limit(20).forEach(t -> text.append('\n').append(cards.line(t)));
    return List.of(id -> OutboundMessage.text(id, chat, text.toString(), null));
  }

  // Reports per day by category over the week that ends the period.
  private Map<LocalDate, Map<String, Long>> perDay(Unit unit, LocalDate to) {
    Map<LocalDate, Map<String, Long>> counts = new LinkedHashMap<>();
    for (LocalDate day = to.minusDays(CHART_DAYS - 1); !day.isAfter(to); day = day.plusDays(1)) {
      StatsResult result = statistics.stats(new StatsQuery(unit.code(), day, day, Split.CATEGORY));
      Map<String, Long> byCategory = new LinkedHashMap<>();
      result.rows().forEach(row -> byCategory.put(row.key(), row.figures().received()));
      counts.put(day, byCategory);
    }
    return counts;
  }

  private List<Ticket> overdue(Unit unit) {
    return tickets.queue(subtree(unit), OVERDUE_LISTED).stream().filter(cards::overdue).toList();
  }

  private List<UnitCode> subtree(Unit unit) {
    List<UnitCode> codes = new ArrayList<>();
    codes.add(unit.code());
    for (int i = 0; i < codes.size(); i++) {
      units.children(codes.get(i)).forEach(child -> codes.add(child.code()));
    }
    return codes;
  }

  private Map<String, String> categoryNames(Locale locale) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Category category : categories.all()) {
      names.put(category.code(), category.name(locale));
    }
    return names;
  }

  private String say(Locale locale, String key, Object... args) {
    return messages.text(locale, key, args);
  }
}
