package vn.hotline.report;

import com.datadoghq.sketch.ddsketch.DDSketch;
import java.util.List;
import vn.hotline.ticket.TicketState;

/**
 * The one place where each figure of {@link Figures} is defined, from a ticket's facts, and the
 * definitions as people read them.
 *
 * <p>A ticket belongs to a period when it was filed on one of the period's local dates, and is
 * counted under the unit whose queue holds it now; only {@code escalated} is charged to the unit of
 * its first escalation. "Now" is the clock's time when the figures are computed.
 */
public final class FigureDefinitions {

  /** How a percentile is read from a sketch of times: DDSketch with 1% relative accuracy. */
  static final double RELATIVE_ACCURACY = 0.01;

  private static final List<Definition> ALL =
      List.of(
          new Definition("received", "Tickets filed in the period."),
          new Definition(
              "acknowledged",
              "Tickets an officer has claimed at least once (acknowledged or was assigned)."),
          new Definition("resolved", "Tickets for which a result has been posted at least once."),
          new Definition(
              "closed", "Tickets now closed (confirmed by the citizen, or closed unanswered)."),
          new Definition("rejected", "Tickets now rejected with a reason."),
          new Definition("duplicates", "Tickets now marked as duplicates of another ticket."),
          new Definition(
              "openNow",
              "Tickets now in an open state (new, acknowledged, in progress, resolved)."),
          new Definition(
              "overdueNow",
              "Open tickets past their current due time now: new ones past the time to"
                  + " acknowledge, claimed ones past the time to resolve."),
          new Definition(
              "ackWithinSla",
              "Acknowledged tickets whose first claim came at or before the time to acknowledge."),
          new Definition(
              "ackWithinSlaPct",
              "ackWithinSla as a percentage of acknowledged tickets plus never-claimed tickets"
                  + " still new past the time to acknowledge; empty when there are none."),
          new Definition(
              "resolvedWithinSla",
              "Resolved tickets whose first result came at or before the time to resolve."),
          new Definition(
              "resolvedWithinSlaPct",
              "resolvedWithinSla as a percentage of resolved tickets plus open unresolved tickets"
                  + " past the time to resolve; empty when there are none."),
          new Definition(
              "ackMedianSeconds",
              "Median time from filing to the first claim of acknowledged tickets, in seconds."),
          new Definition(
              "ackP90Seconds",
              "90th percentile of the time from filing to the first claim, in seconds."),
          new Definition(
              "resolveMedianSeconds",
              "Median time from filing to the first result of resolved tickets, in seconds."),
          new Definition(
              "resolveP90Seconds",
              "90th percentile of the time from filing to the first result, in seconds."),
          new Definition(
              "escalated",
              "Tickets escalated at least once, counted under the unit that held the ticket at its"
                  + " first escalation."),
          new Definition(
              "reopened", "Tickets the citizen reopened at least once (said it was not solved)."),
          new Definition("confirmed", "Tickets whose result the citizen confirmed."),
          new Definition("notSolved", "How many times citizens said a result did not solve it."));

  private FigureDefinitions() {}

  /**
   * One figure and what it means.
   *
   * @param field the name of the field in {@link Figures}
   * @param meaning one English sentence
   */
  public record Definition(String field, String meaning) {}

  /** Every figure, in the order of the fields of {@link Figures}. */
  public static List<Definition> all() {
    return ALL;
  }

  static boolean acknowledged(TicketFacts t) {
    return t.firstClaim() != TicketFacts.NEVER;
  }

  static boolean resolved(TicketFacts t) {
    return t.firstResolved() != TicketFacts.NEVER;
  }

  static boolean closed(TicketFacts t) {
    return t.state() == TicketState.CLOSED;
  }

  static boolean rejected(TicketFacts t) {
    return t.state() == TicketState.REJECTED;
  }

  static boolean duplicate(TicketFacts t) {
    return t.state() == TicketState.DUPLICATE;
  }

  static boolean openNow(TicketFacts t) {
    return t.state().isOpen();
  }

  static boolean overdueNow(TicketFacts t, long now) {
    return switch (t.state()) {
      case NEW -> now > t.acknowledgeBy();
      case ACKNOWLEDGED, IN_PROGRESS -> now > t.resolveBy();
      default -> false;
    };
  }

  static boolean ackWithinSla(TicketFacts t) {
    return acknowledged(t) && t.firstClaim() <= t.acknowledgeBy();
  }

  /** Whether the ticket counts in the denominator of {@code ackWithinSlaPct}. */
  static boolean ackSlaDue(TicketFacts t, long now) {
    return acknowledged(t) || (t.state() == TicketState.NEW && now > t.acknowledgeBy());
  }

  static boolean resolvedWithinSla(TicketFacts t) {
    return resolved(t) && t.firstResolved() <= t.resolveBy();
  }

  /** Whether the ticket counts in the denominator of {@code resolvedWithinSlaPct}. */
  static boolean resolveSlaDue(TicketFacts t, long now) {
    return resolved(t) || (t.state().isOpen() && now > t.resolveBy());
  }

  /** Seconds from filing to the first claim; only for acknowledged tickets. */
  static double ackSeconds(TicketFacts t) {
    return (t.firstClaim() - t.filedAt()) / 1000.0;
  }

  /** Seconds from filing to the first result; only for resolved tickets. */
  static double resolveSeconds(TicketFacts t) {
    return (t.firstResolved() - t.filedAt()) / 1000.0;
  }

  static boolean escalated(TicketFacts t) {
    return t.escalatedTo() != TicketFacts.NONE;
  }

  static boolean reopened(TicketFacts t) {
    return t.reopenings() > 0;
  }

  static int notSolved(TicketFacts t) {
    return t.reopenings();
  }

  static boolean confirmed(TicketFacts t) {
    return t.confirmed();
  }

  /** {@code part} of {@code whole} in percent, or {@code null} when there is no whole. */
  static Double percent(long part, long whole) {
    return whole == 0 ? null : part * 100.0 / whole;
  }

  /** The quantile of the times in the sketch, rounded to whole seconds; null when it is empty. */
  static Long quantileSeconds(DDSketch times, double quantile) {
    return times.isEmpty() ? null : Math.round(times.getValueAtQuantile(quantile));
  }
}
