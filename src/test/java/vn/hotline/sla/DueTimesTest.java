package vn.hotline.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hotline.sla.SlaFixtures.AROUND_THE_CLOCK;
import static vn.hotline.sla.SlaFixtures.COMMUNE;
import static vn.hotline.sla.SlaFixtures.DISTRICT;
import static vn.hotline.sla.SlaFixtures.PROVINCE;
import static vn.hotline.sla.SlaFixtures.T0;
import static vn.hotline.sla.SlaFixtures.UNITS;
import static vn.hotline.sla.SlaFixtures.applied;
import static vn.hotline.sla.SlaFixtures.hoursAfterT0;
import static vn.hotline.sla.SlaFixtures.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hotline.category.Priority;
import vn.hotline.roster.OfficerId;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.HistoryEntry.Kind;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketCode;
import vn.hotline.ticket.Transition;

class DueTimesTest {
  final SlaLadder ladder = new SlaLadder(AROUND_THE_CLOCK, UNITS);
  final DueTimes due = new DueTimes(ladder);

  @Test
  void returnsEachDueStepOnceEarliestFirst() {
    Ticket normal = ticket(1, COMMUNE, Priority.NORMAL, T0);
    Ticket high = ticket(2, COMMUNE, Priority.HIGH, T0);
    Ticket later = ticket(3, COMMUNE, Priority.NORMAL, hoursAfterT0(5));
    List.of(normal, high, later).forEach(due::track);
    assertThat(due.size()).isEqualTo(3);
    assertThat(due.earliest()).contains(hoursAfterT0(0.5));

    List<SlaStep> steps = due.due(hoursAfterT0(2));
    assertThat(steps).extracting(SlaStep::code).containsExactly(high.code(), normal.code());
    assertThat(due.due(hoursAfterT0(2))).isEmpty();
    assertThat(due.size()).isEqualTo(1);
    assertThat(due.earliest()).contains(hoursAfterT0(7));
  }

  @Test
  void trackingAChangedTicketReplacesItsStepAndAClosedOneIsDropped() {
    Ticket t = ticket(Priority.NORMAL);
    due.track(t);
    Ticket claimed = applied(t.acknowledge(Actor.officer(new OfficerId(1), "A"), hoursAfterT0(1)));
    due.track(claimed);
    due.track(t);
    assertThat(due.size()).isEqualTo(1);
    assertThat(due.due(hoursAfterT0(10))).as("the acknowledge step is gone").isEmpty();
    assertThat(due.earliest()).contains(hoursAfterT0(72));

    Ticket rejected =
        applied(claimed.reject(Actor.officer(new OfficerId(1), "A"), "sai", hoursAfterT0(2)));
    due.track(rejected);
    assertThat(due.size()).isZero();
    assertThat(due.earliest()).isEmpty();
    assertThat(due.due(hoursAfterT0(1000))).isEmpty();
  }

  @Test
  void restartInTheMiddleOfALadderResumesWithTheNextStepAndRepeatsNone() {
    Map<TicketCode, Ticket> store = new HashMap<>();
    Ticket t = ticket(Priority.NORMAL);
    store.put(t.code(), t);
    DueTimes before = new DueTimes(ladder);
    before.track(t);
    runClock(before, store, Clock.fixed(hoursAfterT0(5), ZoneOffset.UTC));
    assertThat(kinds(store.get(t.code())))
        .containsExactly(Kind.FILED, Kind.OVERDUE, Kind.ESCALATED);

    DueTimes rebuilt = new DueTimes(ladder);
    store.values().forEach(rebuilt::track);
    assertThat(rebuilt.earliest()).contains(hoursAfterT0(8));
    assertThat(runClock(rebuilt, store, Clock.fixed(hoursAfterT0(7), ZoneOffset.UTC))).isZero();
    assertThat(runClock(rebuilt, store, Clock.fixed(hoursAfterT0(100), ZoneOffset.UTC)))
        .isEqualTo(1);
    Ticket after = store.get(t.code());
    assertThat(kinds(after))
        .containsExactly(Kind.FILED, Kind.OVERDUE, Kind.ESCALATED, Kind.ESCALATED);
    assertThat(after.history().getLast().note()).isEqualTo(PROVINCE.value());
    assertThat(after.history().get(2).note()).isEqualTo(DISTRICT.value());
    assertThat(rebuilt.size()).isZero();
  }

  @Test
  void aClockBehindSchedulePerformsEveryMissedStepInOrder() {
    Map<TicketCode, Ticket> store = new HashMap<>();
    Ticket t = ticket(Priority.NORMAL);
    store.put(t.code(), t);
    due.track(t);
    assertThat(runClock(due, store, Clock.fixed(hoursAfterT0(50), ZoneOffset.UTC))).isEqualTo(3);
    assertThat(kinds(store.get(t.code())))
        .containsExactly(Kind.FILED, Kind.OVERDUE, Kind.ESCALATED, Kind.ESCALATED);
  }

  @Test
  void holdsAHundredThousandOpenTicketsAndHandsOutOnlyThoseDue() {
    int count = 100_000;
    for (int i = 0; i < count; i++) {
      due.track(ticket(i, COMMUNE, Priority.NORMAL, T0.plusSeconds(i)));
    }
    assertThat(due.size()).isEqualTo(count);
    List<SlaStep> first = due.due(hoursAfterT0(2).plusSeconds(999));
    assertThat(first).hasSize(1000);
    assertThat(first.getFirst().due()).isEqualTo(hoursAfterT0(2));
    assertThat(due.size()).isEqualTo(count - 1000);
    assertThat(due.earliest()).contains(hoursAfterT0(2).plusSeconds(1000));
  }

  /**
   * What the lead's runner does, with a map for a store: take every due step, apply it to the
   * stored ticket, save, and track the result. Returns how many steps were taken.
   */
  int runClock(DueTimes times, Map<TicketCode, Ticket> store, Clock clock) {
    int taken = 0;
    Instant now = clock.instant();
    for (List<SlaStep> steps = times.due(now); !steps.isEmpty(); steps = times.due(now)) {
      for (SlaStep step : steps) {
        Ticket current = store.get(step.code());
        Transition outcome = ladder.apply(current, step, now);
        if (outcome instanceof Transition.Applied applied) {
          store.put(step.code(), applied.ticket());
          taken++;
        }
        times.track(store.get(step.code()));
      }
    }
    return taken;
  }

  static List<Kind> kinds(Ticket t) {
    List<Kind> kinds = new ArrayList<>();
    t.history().forEach(e -> kinds.add(e.kind()));
    return kinds;
  }
}
