package vn.hotline.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.HistoryEntry.Kind;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;
import vn.hotline.unit.UnitCode;

/**
 * The figures computed the slow, obvious way, straight from tickets and their histories: the
 * reference {@link StatsBook} is checked against. Percentiles are exact, with DDSketch's rank rule
 * (the value at index {@code floor(q × (n − 1))} of the sorted times).
 */
final class ReferenceFigures {
  private ReferenceFigures() {}

  /**
   * The figures of {@code inQueue} (the tickets counted in the row) with {@code escalatedHere}
   * tickets charged with an escalation.
   */
  static Figures of(List<Ticket> inQueue, long escalatedHere, Instant now) {
    long acknowledged = count(inQueue, t -> firstAt(t, Kind.ACKNOWLEDGED, Kind.ASSIGNED) != null);
    long resolved = count(inQueue, t -> firstAt(t, Kind.RESOLVED) != null);
    long ackWithin =
        count(
            inQueue,
            t -> {
              Instant claim = firstAt(t, Kind.ACKNOWLEDGED, Kind.ASSIGNED);
              return claim != null && !claim.isAfter(t.deadlines().acknowledgeBy());
            });
    long neverClaimedLate =
        count(
            inQueue,
            t ->
                firstAt(t, Kind.ACKNOWLEDGED, Kind.ASSIGNED) == null
                    && t.state() == TicketState.NEW
                    && now.isAfter(t.deadlines().acknowledgeBy()));
    long resolvedWithin =
        count(
            inQueue,
            t -> {
              Instant result = firstAt(t, Kind.RESOLVED);
              return result != null && !result.isAfter(t.deadlines().resolveBy());
            });
    long openUnresolvedLate =
        count(
            inQueue,
            t ->
                firstAt(t, Kind.RESOLVED) == null
                    && t.state().isOpen()
                    && now.isAfter(t.deadlines().resolveBy()));
    List<Double> ackTimes = times(inQueue, Kind.ACKNOWLEDGED, Kind.ASSIGNED);
    List<Double> resolveTimes = times(inQueue, Kind.RESOLVED);
    return new Figures(
        inQueue.size(),
        acknowledged,
        resolved,
        count(inQueue, t -> t.state() == TicketState.CLOSED),
        count(inQueue, t -> t.state() == TicketState.REJECTED),
        count(inQueue, t -> t.state() == TicketState.DUPLICATE),
        count(inQueue, t -> t.state().isOpen()),
        count(inQueue, t -> overdue(t, now)),
        ackWithin,
        acknowledged + neverClaimedLate == 0
            ? null
            : ackWithin * 100.0 / (acknowledged + neverClaimedLate),
        resolvedWithin,
        resolved + openUnresolvedLate == 0
            ? null
            : resolvedWithin * 100.0 / (resolved + openUnresolvedLate),
        exactQuantile(ackTimes, 0.5),
        exactQuantile(ackTimes, 0.9),
        exactQuantile(resolveTimes, 0.5),
        exactQuantile(resolveTimes, 0.9),
        escalatedHere,
        count(inQueue, t -> entries(t, Kind.REOPENED) > 0),
        count(inQueue, t -> entries(t, Kind.CONFIRMED) > 0),
        inQueue.stream().mapToLong(t -> entries(t, Kind.REOPENED)).sum());
  }

  /** The unit charged by the ticket's first escalation, if it was escalated. */
  static Optional<UnitCode> firstEscalation(Ticket t) {
    return t.history().stream()
        .filter(e -> e.kind() == Kind.ESCALATED)
        .findFirst()
        .map(HistoryEntry::unit);
  }

  private static boolean overdue(Ticket t, Instant now) {
    return switch (t.state()) {
      case NEW -> now.isAfter(t.deadlines().acknowledgeBy());
      case ACKNOWLEDGED, IN_PROGRESS -> now.isAfter(t.deadlines().resolveBy());
      default -> false;
    };
  }

  private static Instant firstAt(Ticket t, Kind... kinds) {
    for (HistoryEntry entry : t.history()) {
      if (List.of(kinds).contains(entry.kind())) {
        return entry.at();
      }
    }
    return null;
  }

  private static long entries(Ticket t, Kind kind) {
    return t.history().stream().filter(e -> e.kind() == kind).count();
  }

  private static List<Double> times(List<Ticket> tickets, Kind... kinds) {
    return tickets.stream()
        .map(
            t ->
                firstAt(t, kinds) == null
                    ? null
                    : Duration.between(t.deadlines().filedAt(), firstAt(t, kinds)))
        .filter(d -> d != null)
        .map(d -> d.toMillis() / 1000.0)
        .sorted()
        .toList();
  }

  /** The exact value DDSketch approximates: the sorted value at rank floor(q × (n − 1)). */
  static Double exactQuantileValue(List<Double> sorted, double q) {
    return sorted.isEmpty() ? null : sorted.get((int) Math.floor(q * (sorted.size() - 1)));
  }

  private static Long exactQuantile(List<Double> sorted, double q) {
    Double value = exactQuantileValue(sorted, q);
    return value == null ? null : Math.round(value);
  }

  private static long count(List<Ticket> tickets, Predicate<Ticket> test) {
    return tickets.stream().filter(test).count();
  }
}
