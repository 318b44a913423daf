package vn.hotline.desk;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import vn.hotline.intake.Html;
import vn.hotline.messages.Messages;
import vn.hotline.report.Figures;
import vn.hotline.report.LeagueTable;
import vn.hotline.report.StatsResult;

/**
 * Statistics as a short Telegram message: the unit's figures, then the league table of the units
 * below it. Used by {@code /stats} and by the scheduled reports.
 */
final class StatsText {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final int LEAGUE_SHOWN = 30;

  private final Messages messages;
  private final Locale locale;

  StatsText(Messages messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  /** The figures of {@code byUnit}'s unit and, when it has units below, their league table. */
  String render(String titleKey, StatsResult byUnit) {
    Figures f = byUnit.total();
    StringBuilder text = new StringBuilder();
    text.append(say(titleKey, byUnit.unitName(), period(byUnit)));
    text.append('\n').append(say("stats.received", f.received(), f.openNow(), f.overdueNow()));
    text.append('\n').append(say("stats.acknowledged", f.acknowledged(), pct(f.ackWithinSlaPct())));
    text.append('\n').append(say("stats.resolved", f.resolved(), pct(f.resolvedWithinSlaPct())));
    text.append('\n')
        .append(say("stats.ackTimes", seconds(f.ackMedianSeconds()), seconds(f.ackP90Seconds())));
    text.append('\n')
        .append(
            say(
                "stats.resolveTimes",
                seconds(f.resolveMedianSeconds()),
                seconds(f.resolveP90Seconds())));
    text.append('\n')
        .append(
            say(
                "stats.outcomes",
                f.closed(),
                f.rejected(),
                f.duplicates(),
                f.escalated(),
                f.confirmed(),
                f.notSolved()));
    List<StatsResult.Row> league = LeagueTable.rank(byUnit);
    boolean onlyItself =
        league.size() == 1 && league.getFirst().key().equals(byUnit.unitCode().value());
    if (!league.isEmpty() && !onlyItself) {
      text.append("\n\n").append(say("stats.league"));
      int place = 1;
      for (StatsResult.Row row : league.subList(0, Math.min(LEAGUE_SHOWN, league.size()))) {
        Figures r = row.figures();
        text.append('\n')
            .append(
                say(
                    "stats.leagueLine",
                    place++,
                    row.name(),
                    pct(r.ackWithinSlaPct()),
                    seconds(r.ackMedianSeconds()),
                    r.received(),
                    r.overdueNow()));
      }
    }
    return text.toString();
  }

  String period(StatsResult result) {
    return result.from().equals(result.to())
        ? DATE.format(result.from())
        : DATE.format(result.from()) + " – " + DATE.format(result.to());
  }

  private String pct(Double value) {
    return value == null ? "—" : Math.round(value) + "%";
  }

  private String seconds(Long value) {
    if (value == null) {
      return "—";
    }
    Duration length = Duration.ofSeconds(value);
    return length.toHours() >= 1
        ? say("desk.duration.hours", length.toHours(), length.toMinutesPart())
        : say("desk.duration.minutes", Math.max(0, length.toMinutes()));
  }

  private String say(String key, Object... args) {
    return messages.text(locale, key, Html.escapeArguments(args));
  }
}
