package vn.hotline.report;

import static vn.hotline.report.FigureDefinitions.*;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.DDSketches;

/** The running figures of one row while a query scans the tickets. Not thread-safe. */
final class Tally {
  private final DDSketch ackTimes = DDSketches.unboundedDense(RELATIVE_ACCURACY);
  private final DDSketch resolveTimes = DDSketches.unboundedDense(RELATIVE_ACCURACY);
  private long received;
  private long acknowledged;
  private long resolved;
  private long closed;
  private long rejected;
  private long duplicates;
  private long openNow;
  private long overdueNow;
  private long ackWithinSla;
  private long ackSlaDue;
  private long resolvedWithinSla;
  private long resolveSlaDue;
  private long escalated;
  private long reopened;
  private long confirmed;
  private long notSolved;

  /** Counts a ticket of the period in this row's queue(s). */
  void add(TicketFacts t, long now) {
    received++;
    if (acknowledged(t)) {
      acknowledged++;
      ackTimes.accept(ackSeconds(t));
    }
    if (FigureDefinitions.resolved(t)) {
      resolved++;
      resolveTimes.accept(resolveSeconds(t));
    }
    closed += closed(t) ? 1 : 0;
    rejected += rejected(t) ? 1 : 0;
    duplicates += duplicate(t) ? 1 : 0;
    openNow += openNow(t) ? 1 : 0;
    overdueNow += overdueNow(t, now) ? 1 : 0;
    ackWithinSla += ackWithinSla(t) ? 1 : 0;
    ackSlaDue += ackSlaDue(t, now) ? 1 : 0;
    resolvedWithinSla += resolvedWithinSla(t) ? 1 : 0;
    resolveSlaDue += resolveSlaDue(t, now) ? 1 : 0;
    reopened += reopened(t) ? 1 : 0;
    confirmed += confirmed(t) ? 1 : 0;
    notSolved += notSolved(t);
  }

  /** Counts a ticket of the period whose first escalation is charged to this row. */
  void addEscalation() {
    escalated++;
  }

  /** Whether any ticket was counted here, in its queue or by escalation. */
  boolean isEmpty() {
    return received == 0 && escalated == 0;
  }

  Figures figures() {
    return new Figures(
        received,
        acknowledged,
        resolved,
        closed,
        rejected,
        duplicates,
        openNow,
        overdueNow,
        ackWithinSla,
        percent(ackWithinSla, ackSlaDue),
        resolvedWithinSla,
        percent(resolvedWithinSla, resolveSlaDue),
        quantileSeconds(ackTimes, 0.5),
        quantileSeconds(ackTimes, 0.9),
        quantileSeconds(resolveTimes, 0.5),
        quantileSeconds(resolveTimes, 0.9),
        escalated,
        reopened,
        confirmed,
        notSolved);
  }
}
