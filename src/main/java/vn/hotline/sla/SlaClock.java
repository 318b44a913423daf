package vn.hotline.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hotline.ticket.Refusal;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.Transition;

/**
 * Takes each service-level step when it falls due: overdue, escalation up the unit tree,
 * auto-close. It asks {@link DueTimes} what is due, so a tick costs nothing while nothing is; the
 * due times follow every saved ticket (see {@code TicketFeed}).
 *
 * <p>A step is a guarded change of the ticket: of two instances that find the same step due, the
 * store saves one, and only the one whose change was saved alerts. Steps that fell due before this
 * clock started (the service was down) are taken at the first tick and alerted as one summary per
 * group.
 */
public final class SlaClock {
  private static final Logger LOG = LoggerFactory.getLogger(SlaClock.class);

  private final SlaLadder ladder;
  private final DueTimes due;
  private final TicketChanges changes;
  private final SlaAlerts alerts;
  private final Clock clock;
  private final Instant startedAt;

  public SlaClock(
      SlaLadder ladder, DueTimes due, TicketChanges changes, SlaAlerts alerts, Clock clock) {
    this.ladder = ladder;
    this.due = due;
    this.changes = changes;
    this.alerts = alerts;
    this.clock = clock;
    this.startedAt = clock.instant();
  }

  /** The due times to feed with every saved ticket. */
  public DueTimes dueTimes() {
    return due;
  }

  /**
   * Takes every step due now, one ticket's steps in order when it missed several; returns how many
   * were taken here.
   */
  public int tick() {
    Instant now = clock.instant();
    List<SlaAlerts.Taken> backlog = new ArrayList<>();
    int taken = 0;
    for (List<SlaStep> due = this.due.due(now); !due.isEmpty(); due = this.due.due(now)) {
      for (SlaStep step : due) {
        Optional<SlaAlerts.Taken> done = take(step, now);
        if (done.isEmpty()) {
          continue;
        }
        taken++;
        if (done.get().step().due().isBefore(startedAt)) {
          backlog.add(done.get());
        } else {
          alert(done.get());
        }
      }
    }
    if (!backlog.isEmpty()) {
      LOG.info("sla steps that fell due while the service was down: {}", backlog.size());
      alerts.backlog(backlog);
    }
    return taken;
  }

  // A guarded change: of two instances taking the same step, one is saved. The ticket as it ends
  // up is tracked again, so that its next step (or none) replaces the one taken from the index.
  private Optional<SlaAlerts.Taken> take(SlaStep step, Instant now) {
    AtomicReference<SlaStep> decided = new AtomicReference<>();
    Transition outcome;
    try {
      outcome = changes.apply(step.code(), ticket -> takeIfStillDue(ticket, now, decided));
    } catch (RuntimeException e) {
      // The step may be saved and only a watcher have failed: track the ticket as stored.
      LOG.error("sla step {} of {} failed: {}", step.phase(), step.code(), e.toString());
      changes.find(step.code()).ifPresent(due::track);
      return Optional.empty();
    }
    switch (outcome) {
      case Transition.Applied applied -> {
        due.track(applied.ticket());
        return Optional.of(new SlaAlerts.Taken(applied.ticket(), decided.get()));
      }
      case Transition.Refused refused -> {
        if (refused.ticket() != null) {
          due.track(refused.ticket());
        }
        return Optional.empty();
      }
    }
  }

  // The step is decided again on the ticket as stored now: it may have changed since it was
  // tracked.
  private Transition takeIfStillDue(Ticket ticket, Instant now, AtomicReference<SlaStep> decided) {
    Optional<SlaStep> step = ladder.next(ticket).filter(s -> !s.due().isAfter(now));
    if (step.isEmpty()) {
      return new Transition.Refused(Refusal.WRONG_STATE, ticket);
    }
    decided.set(step.get());
    return ladder.apply(ticket, step.get(), now);
  }

  private void alert(SlaAlerts.Taken taken) {
    try {
      alerts.stepped(taken.ticket(), taken.step());
    } catch (RuntimeException e) {
      LOG.error("sla alert for {} failed: {}", taken.ticket().code(), e.toString());
    }
  }
}
