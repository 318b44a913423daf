package vn.hotline.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hotline.sla.SlaPolicy.Ladder;
import vn.hotline.sla.SlaStep.Phase;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.HistoryEntry.Kind;
import vn.hotline.ticket.Refusal;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.Transition;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * Works out a ticket's next service-level step from the ticket alone (its state, its unit and the
 * steps its history already records), and takes it. Pure: the same ticket always gives the same
 * step, so any instance can rebuild the clock after a restart without repeating a step.
 */
public final class SlaLadder {
  private final SlaPolicy policy;
  private final UnitTree units;

  public SlaLadder(SlaPolicy policy, UnitTree units) {
    this.policy = policy;
    this.units = units;
  }

  /** The ticket's next step, or empty when it is closed or has climbed past the root. */
  public Optional<SlaStep> next(Ticket t) {
    return switch (t.state()) {
      case NEW -> climbing(t, Phase.ACKNOWLEDGE);
      case ACKNOWLEDGED, IN_PROGRESS -> climbing(t, Phase.RESOLVE);
      case RESOLVED -> Optional.of(autoClose(t));
      case CLOSED, REJECTED, DUPLICATE -> Optional.empty();
    };
  }

  /**
   * Takes {@code step} if it is still the ticket's next step and is due at {@code at}; otherwise
   * refuses ({@link Refusal#NOT_DUE} before its time, {@link Refusal#WRONG_STATE} when the ticket
   * has moved on or the step was already taken). Saved under the ticket's version guard, this is
   * what makes each step happen once however many instances run the clock.
   */
  public Transition apply(Ticket t, SlaStep step, Instant at) {
    Optional<SlaStep> next = next(t);
    if (next.isEmpty() || !next.get().sameAs(step)) {
      return new Transition.Refused(Refusal.WRONG_STATE, t);
    }
    if (at.isBefore(step.due())) {
      return new Transition.Refused(Refusal.NOT_DUE, t);
    }
    return switch (step.phase()) {
      case AUTO_CLOSE -> t.closeUnanswered(at);
      case ACKNOWLEDGE, RESOLVE ->
          step.level() == 0
              ? t.markOverdue(step.chargedUnit(), at)
              : t.escalate(step.chargedUnit(), step.targetUnit(), at);
    };
  }

  private SlaStep autoClose(Ticket t) {
    Instant resolvedAt = t.updatedAt();
    for (HistoryEntry entry : t.history().reversed()) {
      if (entry.kind() == Kind.RESOLVED) {
        resolvedAt = entry.at();
        break;
      }
    }
    // Around the clock whatever the calendar: the citizen's silence counts every day.
    Instant due = resolvedAt.plus(policy.closeAfter());
    UnitCode unit = t.whereabouts().unitCode();
    return new SlaStep(t.code(), Phase.AUTO_CLOSE, 0, due, unit, unit, t.version());
  }

  private Optional<SlaStep> climbing(Ticket t, Phase phase) {
    SlaPolicy.Limits limits = policy.limitsFor(t.reported().category(), t.reported().priority());
    Duration limit = phase == Phase.ACKNOWLEDGE ? limits.acknowledge() : limits.resolve();
    Ladder ladder =
        phase == Phase.ACKNOWLEDGE ? policy.acknowledgeLadder() : policy.resolveLadder();
    PhaseSoFar soFar = phase == Phase.ACKNOWLEDGE ? acknowledging(t) : resolving(t);
    UnitCode unit = t.whereabouts().unitCode();
    List<UnitCode> chain = chainFrom(unit);
    int level = soFar.stepsTaken();
    if (level >= chain.size()) {
      return Optional.empty();
    }
    Instant due = policy.after(soFar.start(), ladder.times(limit, level), t.reported().priority());
    return Optional.of(
        new SlaStep(t.code(), phase, level, due, unit, chain.get(level), t.version()));
  }

  /**
   * The acknowledgement clock runs from the filing, including after a transfer: the citizen has
   * been waiting since then. Steps taken while the ticket was {@code NEW} count.
   */
  private static PhaseSoFar acknowledging(Ticket t) {
    int taken = 0;
    for (HistoryEntry entry : t.history()) {
      if (isStep(entry) && entry.from() == TicketState.NEW) {
        taken++;
      }
    }
    return new PhaseSoFar(t.deadlines().filedAt(), taken);
  }

  /**
   * The resolution clock runs from the filing, or from the last reopening, which starts the ladder
   * again. Steps taken while the ticket was claimed since then count.
   */
  private static PhaseSoFar resolving(Ticket t) {
    Instant start = t.deadlines().filedAt();
    int taken = 0;
    for (HistoryEntry entry : t.history()) {
      if (entry.kind() == Kind.REOPENED) {
        start = entry.at();
        taken = 0;
      } else if (isStep(entry) && entry.from() != null && entry.from().isClaimed()) {
        taken++;
      }
    }
    return new PhaseSoFar(start, taken);
  }

  private static boolean isStep(HistoryEntry entry) {
    return entry.kind() == Kind.OVERDUE || entry.kind() == Kind.ESCALATED;
  }

  /** The unit itself, then its ancestors up to the root: the unit alerted at each level. */
  private List<UnitCode> chainFrom(UnitCode unitCode) {
    List<UnitCode> chain = new ArrayList<>();
    chain.add(unitCode);
    Optional<Unit> unit = units.find(unitCode);
    unit.ifPresent(u -> units.ancestors(u).forEach(a -> chain.add(a.code())));
    return chain;
  }

  private record PhaseSoFar(Instant start, int stepsTaken) {}
}
