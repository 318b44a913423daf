package vn.hotline.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hotline.sla.SlaFixtures.AROUND_THE_CLOCK;
import static vn.hotline.sla.SlaFixtures.COMMUNE;
import static vn.hotline.sla.SlaFixtures.DISTRICT;
import static vn.hotline.sla.SlaFixtures.OTHER_COMMUNE;
import static vn.hotline.sla.SlaFixtures.PROVINCE;
import static vn.hotline.sla.SlaFixtures.T0;
import static vn.hotline.sla.SlaFixtures.UNITS;
import static vn.hotline.sla.SlaFixtures.VILLAGE;
import static vn.hotline.sla.SlaFixtures.applied;
import static vn.hotline.sla.SlaFixtures.hoursAfterT0;
import static vn.hotline.sla.SlaFixtures.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hotline.category.Priority;
import vn.hotline.roster.OfficerId;
import vn.hotline.sla.SlaStep.Phase;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.HistoryEntry.Kind;
import vn.hotline.ticket.Refusal;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.Transition;

class SlaLadderTest {
  static final Actor OFFICER = Actor.officer(new OfficerId(100001), "Nguyễn Văn A");

  final SlaLadder ladder = new SlaLadder(AROUND_THE_CLOCK, UNITS);

  /** Takes the ticket's next step at its due time. */
  Ticket stepped(Ticket t) {
    SlaStep step = ladder.next(t).orElseThrow();
    return applied(ladder.apply(t, step, step.due()));
  }

  static Refusal refusal(Transition transition) {
    assertThat(transition).isInstanceOf(Transition.Refused.class);
    return ((Transition.Refused) transition).reason();
  }

  @Test
  void unacknowledgedTicketIsOverdueAtTheLimitThenClimbsToDistrictAndProvinceThenStops() {
    Ticket t = ticket(Priority.NORMAL);
    assertThat(ladder.next(t))
        .contains(
            new SlaStep(t.code(), Phase.ACKNOWLEDGE, 0, hoursAfterT0(2), COMMUNE, COMMUNE, 0));
    t = stepped(t);
    assertThat(t.history().getLast().kind()).isEqualTo(Kind.OVERDUE);
    assertThat(t.history().getLast().unit()).isEqualTo(COMMUNE);
    assertThat(t.state()).isEqualTo(TicketState.NEW);

    assertThat(ladder.next(t))
        .contains(
            new SlaStep(t.code(), Phase.ACKNOWLEDGE, 1, hoursAfterT0(4), COMMUNE, DISTRICT, 1));
    t = stepped(t);
    assertThat(t.history().getLast().kind()).isEqualTo(Kind.ESCALATED);
    assertThat(t.history().getLast().note()).isEqualTo(DISTRICT.value());
    assertThat(t.history().getLast().unit()).isEqualTo(COMMUNE);

    assertThat(ladder.next(t).orElseThrow().due()).isEqualTo(hoursAfterT0(8));
    assertThat(ladder.next(t).orElseThrow().targetUnit()).isEqualTo(PROVINCE);
    t = stepped(t);
    assertThat(t.history().getLast().note()).isEqualTo(PROVINCE.value());

    assertThat(ladder.next(t)).as("nothing above the province").isEmpty();
  }

  @Test
  void claimedTicketClimbsTheResolveLadderFromTheFiling() {
    Ticket t = applied(ticket(Priority.HIGH).acknowledge(OFFICER, hoursAfterT0(0.1)));
    t = applied(t.postUpdate(OFFICER, "đang xử lý", hoursAfterT0(1)));
    SlaStep overdue = ladder.next(t).orElseThrow();
    assertThat(overdue.phase()).isEqualTo(Phase.RESOLVE);
    assertThat(overdue.due()).isEqualTo(hoursAfterT0(24));
    assertThat(overdue.targetUnit()).isEqualTo(COMMUNE);
    t = stepped(t);
    assertThat(ladder.next(t).orElseThrow().due()).isEqualTo(hoursAfterT0(48));
    t = stepped(t);
    assertThat(ladder.next(t).orElseThrow().due()).isEqualTo(hoursAfterT0(96));
    t = stepped(t);
    assertThat(t.history().stream().map(HistoryEntry::kind).filter(k -> k != Kind.ACKNOWLEDGED))
        .containsExactly(Kind.FILED, Kind.UPDATED, Kind.OVERDUE, Kind.ESCALATED, Kind.ESCALATED);
    assertThat(t.state()).isEqualTo(TicketState.IN_PROGRESS);
    assertThat(ladder.next(t)).isEmpty();
  }

  @Test
  void acknowledgingStopsTheAcknowledgeLadder() {
    Ticket overdue = stepped(ticket(Priority.NORMAL));
    SlaStep escalation = ladder.next(overdue).orElseThrow();
    Ticket claimed = applied(overdue.acknowledge(OFFICER, hoursAfterT0(3)));
    assertThat(refusal(ladder.apply(claimed, escalation, hoursAfterT0(4))))
        .isEqualTo(Refusal.WRONG_STATE);
    SlaStep next = ladder.next(claimed).orElseThrow();
    assertThat(next.phase()).isEqualTo(Phase.RESOLVE);
    assertThat(next.level()).as("the acknowledge steps do not count").isZero();
    assertThat(next.due()).isEqualTo(hoursAfterT0(72));
  }

  @Test
  void applyRefusesAStepBeforeItIsDueAndAStepAlreadyTaken() {
    Ticket t = ticket(Priority.NORMAL);
    SlaStep overdue = ladder.next(t).orElseThrow();
    assertThat(refusal(ladder.apply(t, overdue, overdue.due().minusMillis(1))))
        .isEqualTo(Refusal.NOT_DUE);
    Ticket marked = applied(ladder.apply(t, overdue, overdue.due()));
    assertThat(refusal(ladder.apply(marked, overdue, hoursAfterT0(10))))
        .isEqualTo(Refusal.WRONG_STATE);
    assertThat(marked.history().stream().filter(e -> e.kind() == Kind.OVERDUE)).hasSize(1);
  }

  @Test
  void aChangeThatDoesNotMoveTheLadderLeavesTheStepValid() {
    Ticket t = ticket(Priority.NORMAL);
    SlaStep overdue = ladder.next(t).orElseThrow();
    Ticket detailed = applied(t.addDetail("thêm người", null, hoursAfterT0(1)));
    assertThat(ladder.apply(detailed, overdue, overdue.due()).applied()).isTrue();
  }

  @Test
  void reopeningGivesANewResolveByAndStartsTheResolveLadderAgain() {
    Ticket t = applied(ticket(Priority.NORMAL).acknowledge(OFFICER, hoursAfterT0(1)));
    t = stepped(stepped(t));
    t = applied(t.resolve(OFFICER, "đã giải tán", null, hoursAfterT0(150)));
    Instant reopenedAt = hoursAfterT0(160);
    Instant newResolveBy =
        AROUND_THE_CLOCK.resolveBy(reopenedAt, t.reported().category(), t.reported().priority());
    t = applied(t.reopen("vẫn còn", reopenedAt, newResolveBy));
    assertThat(t.deadlines().resolveBy()).isEqualTo(hoursAfterT0(160 + 72));
    SlaStep next = ladder.next(t).orElseThrow();
    assertThat(next.phase()).isEqualTo(Phase.RESOLVE);
    assertThat(next.level()).isZero();
    assertThat(next.due()).isEqualTo(t.deadlines().resolveBy());
    t = stepped(t);
    assertThat(ladder.next(t).orElseThrow().due()).isEqualTo(hoursAfterT0(160 + 144));
  }

  @Test
  void resolvedTicketClosesByItselfAfterCloseResolvedAfter() {
    Ticket t = applied(ticket(Priority.NORMAL).acknowledge(OFFICER, hoursAfterT0(1)));
    t = applied(t.resolve(OFFICER, "đã giải tán", null, hoursAfterT0(5)));
    t = applied(t.addDetail("cảm ơn", null, hoursAfterT0(6)));
    SlaStep close = ladder.next(t).orElseThrow();
    assertThat(close.phase()).isEqualTo(Phase.AUTO_CLOSE);
    assertThat(close.due()).isEqualTo(hoursAfterT0(5).plus(Duration.ofDays(3)));
    assertThat(refusal(ladder.apply(t, close, close.due().minusSeconds(1))))
        .isEqualTo(Refusal.NOT_DUE);
    Ticket closed = applied(ladder.apply(t, close, close.due()));
    assertThat(closed.state()).isEqualTo(TicketState.CLOSED);
    assertThat(closed.history().getLast().kind()).isEqualTo(Kind.AUTO_CLOSED);
    assertThat(ladder.next(closed)).isEmpty();
  }

  @Test
  void stepsAreChargedToTheUnitHoldingTheTicketAfterATransfer() {
    Ticket overdue = stepped(ticket(Priority.NORMAL));
    Ticket moved =
        applied(overdue.transfer(OTHER_COMMUNE, null, OFFICER, "sai xã", hoursAfterT0(3)));
    SlaStep next = ladder.next(moved).orElseThrow();
    assertThat(next.level()).isEqualTo(1);
    assertThat(next.due()).as("the citizen has waited since the filing").isEqualTo(hoursAfterT0(4));
    assertThat(next.chargedUnit()).isEqualTo(OTHER_COMMUNE);
    assertThat(next.targetUnit()).isEqualTo(DISTRICT);
  }

  @Test
  void pastTheLastMultiplierEachStepDoublesTheOneBefore() {
    SlaPolicy twoSteps =
        new SlaPolicy(
            SlaFixtures.LIMITS,
            Map.of(),
            Duration.ofDays(3),
            SlaFixtures.ZONE,
            new SlaPolicy.Ladder(List.of(1.0, 3.0)),
            SlaPolicy.Ladder.DEFAULT,
            WorkingCalendar.aroundTheClock(SlaFixtures.ZONE));
    SlaLadder short_ = new SlaLadder(twoSteps, UNITS);
    Ticket t = ticket(1, VILLAGE, Priority.NORMAL, T0);
    for (int i = 0; i < 3; i++) {
      SlaStep step = short_.next(t).orElseThrow();
      t = applied(short_.apply(t, step, step.due()));
    }
    SlaStep toProvince = short_.next(t).orElseThrow();
    assertThat(toProvince.level()).isEqualTo(3);
    assertThat(toProvince.targetUnit()).isEqualTo(PROVINCE);
    assertThat(toProvince.due()).as("1x, 3x, 6x, 12x of 2h").isEqualTo(hoursAfterT0(24));
  }

  @Test
  void calendarPolicyCountsWorkingTimeForNormalLaddersButEveryHourForUrgentOnes() {
    SlaLadder working = new SlaLadder(WorkingCalendarTest.weekdaysPolicy(), UNITS);
    // T0 is Friday 08:00; 14:30 leaves two and a half working hours that day.
    Ticket normal = ticket(1, COMMUNE, Priority.NORMAL, hoursAfterT0(6.5));
    assertThat(working.next(normal).orElseThrow().due()).isEqualTo(hoursAfterT0(8.5));
    Ticket overdue = applied(working.apply(normal, working.next(normal).get(), hoursAfterT0(9)));
    assertThat(working.next(overdue).orElseThrow().due())
        .as("4h of work: 2h30 on Friday, 1h30 on Monday from 07:30")
        .isEqualTo(hoursAfterT0(72 + 1));

    Ticket urgent = ticket(2, COMMUNE, Priority.URGENT, hoursAfterT0(8 + 55 / 60.0));
    Ticket urgentOverdue =
        applied(working.apply(urgent, working.next(urgent).get(), hoursAfterT0(9)));
    assertThat(working.next(urgentOverdue).orElseThrow().due())
        .as("10 minutes around the clock, past closing time")
        .isEqualTo(hoursAfterT0(9 + 5 / 60.0));
  }
}
