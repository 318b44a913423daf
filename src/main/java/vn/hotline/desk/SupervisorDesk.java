package vn.hotline.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.hotline.category.Priority;
import vn.hotline.notify.Button;
import vn.hotline.notify.Keyboard;
import vn.hotline.report.Split;
import vn.hotline.report.Statistics;
import vn.hotline.report.StatsQuery;
import vn.hotline.roster.Officer;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.Tickets;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * What supervisors and leaders ask of the desk: statistics ({@code /stats}), the overdue tickets
 * below them ({@code /overdue}), a report on demand ({@code /report}), and on an escalation card:
 * take the ticket over, or remind its unit.
 */
final class SupervisorDesk {
  private static final int OVERDUE_SHOWN = 30;
  private static final int SCANNED = 2000;

  private final OfficerActions work;
  private final Tickets tickets;
  private final UnitTree units;
  private final Cards cards;
  private final OfficerLists lists;
  private final Statistics statistics;
  private final ReportMessages reports;
  private final ZoneId zone;
  private final Clock clock;

  SupervisorDesk(
      OfficerActions work,
      Tickets tickets,
      UnitTree units,
      Cards cards,
      OfficerLists lists,
      Statistics statistics,
      ReportMessages reports,
      ZoneId zone,
      Clock clock) {
    this.work = work;
    this.tickets = tickets;
    this.units = units;
    this.cards = cards;
    this.lists = lists;
    this.statistics = statistics;
    this.reports = reports;
    this.zone = zone;
    this.clock = clock;
  }

  void takeOver(Asking a, String code) {
    Optional<Ticket> ticket = work.access().allowed(a, code);
    if (ticket.isEmpty()) {
      return;
    }
    if (ticket.get().state() == TicketState.NEW) {
      work.acknowledge().run(a, code);
    } else {
      work.assign().run(a, code, String.valueOf(a.userId()));
    }
  }

  void remind(Asking a, Officer officer, String code) {
    Optional<Ticket> ticket = work.access().allowed(a, code);
    if (ticket.isEmpty()) {
      return;
    }
    Ticket t = ticket.get();
    Optional<Unit> group = units.find(t.whereabouts().unitCode()).flatMap(units::withCommandChat);
    if (group.isEmpty()) {
      return;
    }
    a.out.sendTo(
        group.get().commandChat(),
        cards.say("desk.remind", officer.name(), t.code()) + "\n\n" + cards.text(t, group.get()),
        cards.keyboard(t));
    a.tell("desk.reminded", group.get().fullName(), t.code());
  }

  void stats(Asking a, Officer officer, String arguments) {
    Optional<Request> request = request(a, officer, arguments, true);
    request.ifPresent(
        r -> {
          var result =
              statistics.stats(new StatsQuery(r.unit().code(), r.from(), r.to(), Split.UNIT));
          a.finish();
          a.out.send(
              new StatsText(cards.messages(), a.out.locale()).render("stats.title", result), null);
        });
  }

  void report(Asking a, Officer officer, String arguments) {
    Optional<Request> request = request(a, officer, arguments, false);
    request.ifPresent(
        r -> {
          a.finish();
          reports.daily(r.unit(), r.to(), a.out.chatId(), a.out.locale()).forEach(a.out::add);
        });
  }

  void overdue(Asking a, Officer officer) {
    Set<UnitCode> covered = lists.covered(officer);
    var now = clock.instant();
    List<Ticket> late =
        tickets.queue(covered, SCANNED).stream()
            .filter(cards::overdue)
            .limit(OVERDUE_SHOWN)
            .toList();
    if (late.isEmpty()) {
      a.tell("overdue.none");
      return;
    }
    a.finish();
    StringBuilder text = new StringBuilder(a.out.text("overdue.title", late.size()));
    List<List<Button>> rows = new ArrayList<>();
    for (Ticket t : late) {
      var due =
          t.state() == TicketState.NEW ? t.deadlines().acknowledgeBy() : t.deadlines().resolveBy();
      text.append('\n')
          .append(
              a.out.text(
                  "overdue.line",
                  t.reported().priority() == Priority.URGENT ? "🚨" : "•",
                  t.code(),
                  units
                      .find(t.whereabouts().unitCode())
                      .map(Unit::fullName)
                      .orElse(t.whereabouts().unitCode().value()),
                  a.out.text("state." + t.state().name()),
                  cards.duration(Duration.between(due, now))));
      rows.add(
          List.of(
              Button.callback(t.code().toString(), DeskRequests.data("sh", t.code().compact()))));
    }
    a.out.send(text.toString(), new Keyboard.Inline(rows.subList(0, Math.min(rows.size(), 10))));
  }

  /** A unit and a period, checked against what the officer may see. */
  private record Request(Unit unit, LocalDate from, LocalDate to) {}

  private Optional<Request> request(Asking a, Officer officer, String arguments, boolean periods) {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    String[] words = arguments.isBlank() ? new String[0] : arguments.strip().split("\\s+");
    Optional<LocalDate[]> period = Optional.of(new LocalDate[] {today, today});
    String unitTyped = arguments.strip();
    if (words.length > 0) {
      Optional<LocalDate[]> last = period(words[words.length - 1], today, periods);
      if (last.isPresent()) {
        period = last;
        unitTyped = String.join(" ", List.of(words).subList(0, words.length - 1));
      }
    }
    Unit unit;
    if (unitTyped.isBlank()) {
      unit = units.get(officer.units().getFirst());
    } else {
      List<Unit> found = work.unitNames().meant(unitTyped);
      if (found.size() != 1) {
        a.tell(found.isEmpty() ? "stats.unknownUnit" : "desk.ambiguousUnit", unitTyped, "");
        return Optional.empty();
      }
      unit = found.getFirst();
    }
    if (!maySee(officer, unit)) {
      a.tell("stats.notAllowed", unit.fullName());
      return Optional.empty();
    }
    return Optional.of(new Request(unit, period.get()[0], period.get()[1]));
  }

  // Leaders see their own units; supervisors anything below theirs.
  private boolean maySee(Officer officer, Unit unit) {
    return switch (officer.role()) {
      case OFFICER -> false;
      case LEADER -> officer.belongsTo(unit.code());
      case SUPERVISOR ->
          officer.units().stream()
              .flatMap(code -> units.find(code).stream())
              .anyMatch(own -> units.isWithin(unit, own));
    };
  }

  private static Optional<LocalDate[]> period(String word, LocalDate today, boolean ranges) {
    try {
      return switch (word.toLowerCase(Locale.ROOT)) {
        case "today", "homnay" -> Optional.of(new LocalDate[] {today, today});
        case "7d" ->
            ranges ? Optional.of(new LocalDate[] {today.minusDays(6), today}) : Optional.empty();
        case "30d" ->
            ranges ? Optional.of(new LocalDate[] {today.minusDays(29), today}) : Optional.empty();
        default -> {
          if (word.contains("..") && ranges) {
            String[] ends = word.split("\\.\\.", 2);
            LocalDate from = LocalDate.parse(ends[0]);
            LocalDate to = LocalDate.parse(ends[1]);
            yield to.isBefore(from) ? Optional.empty() : Optional.of(new LocalDate[] {from, to});
          }
          LocalDate day = LocalDate.parse(word);
          yield Optional.of(new LocalDate[] {day, day});
        }
      };
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
