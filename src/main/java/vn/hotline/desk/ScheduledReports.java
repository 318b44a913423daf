package vn.hotline.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.notify.OutboxQueue;
import vn.hotline.report.ReportPlan;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitTree;

/**
 * Sends the directives' reports on schedule. Every run looks at the last occurrence of each report
 * in the plan; one not yet in the outbox is made and queued. A report's parts take ids from the
 * report, the unit and the date, so of two instances (or a restart) that make the same report, the
 * outbox keeps one: each goes out once per unit and period. One missed while the service was down
 * goes out at the first run, if it is not too late.
 */
public final class ScheduledReports {
  private static final Logger LOG = LoggerFactory.getLogger(ScheduledReports.class);

  private final ReportPlan plan;
  private final UnitTree units;
  private final ReportMessages reports;
  private final OutboxQueue outbox;
  private final Clock clock;
  private final Instant notBefore;

  ScheduledReports(
      ReportPlan plan,
      UnitTree units,
      ReportMessages reports,
      OutboxQueue outbox,
      Clock clock,
      Instant notBefore) {
    this.plan = plan;
    this.units = units;
    this.reports = reports;
    this.outbox = outbox;
    this.clock = clock;
    this.notBefore = notBefore;
  }

  /** Queues every report due now and not queued before; returns how many. */
  public int run() {
    int sent = 0;
    for (ReportPlan.Occurrence occurrence : plan.due(clock.instant(), notBefore)) {
      for (Unit unit : units.all()) {
        if (unit.commandChat() == null || !occurrence.report().levels().contains(unit.level())) {
          continue;
        }
        String prefix =
            "rep:" + occurrence.report().kind() + ":" + unit.code() + ":" + occurrence.date();
        if (outbox.find(prefix + ":0").isPresent()) {
          continue;
        }
        try {
          List<Function<String, OutboundMessage>> parts =
              reports.of(occurrence, unit, unit.commandChat(), Cards.LOCALE);
          List<OutboundMessage> messages = new ArrayList<>();
          for (int i = 0; i < parts.size(); i++) {
            messages.add(parts.get(i).apply(prefix + ":" + i));
          }
          outbox.enqueue(messages);
          sent++;
        } catch (RuntimeException e) {
          LOG.error("report {} not made: {}", prefix, e.toString());
        }
      }
    }
    return sent;
  }
}
