package vn.hotline.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hotline.ticket.TicketState.ACKNOWLEDGED;
import static vn.hotline.ticket.TicketState.CLOSED;
import static vn.hotline.ticket.TicketState.DUPLICATE;
import static vn.hotline.ticket.TicketState.IN_PROGRESS;
import static vn.hotline.ticket.TicketState.NEW;
import static vn.hotline.ticket.TicketState.REJECTED;
import static vn.hotline.ticket.TicketState.RESOLVED;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hotline.category.Priority;
import vn.hotline.roster.OfficerId;
import vn.hotline.unit.UnitCode;

class TicketTest {
  static final Instant T0 = Instant.parse("2021-09-10T08:00:00Z");
  static final Actor OFFICER = Actor.officer(new OfficerId(100001), "Nguyễn Văn A");
  static final Actor OTHER_OFFICER = Actor.officer(new OfficerId(100005), "Trần Thị B");

  static Ticket newTicket() {
    NewTicket draft =
        new NewTicket(
            "test:1",
            "PN",
            new Whereabouts(new UnitCode("25267"), new UnitCode("25267-04")),
            new Reported(
                "SPONTANEOUS_MARKET",
                Priority.NORMAL,
                "chợ tự phát đông người",
                List.of(),
                new Reporter(Channel.TELEGRAM, "42"),
                Contact.NONE,
                0.9),
            new Deadlines(T0, T0.plusSeconds(7200), T0.plusSeconds(72 * 3600)));
    return Ticket.filed(Drafts.code("PN", 0), draft);
  }

  /** A ticket brought to {@code state} through the ordinary path. */
  static Ticket inState(TicketState state) {
    Ticket t = newTicket();
    Ticket original = newTicket();
    return switch (state) {
      case NEW -> t;
      case ACKNOWLEDGED -> applied(t.acknowledge(OFFICER, T0));
      case IN_PROGRESS -> applied(inState(ACKNOWLEDGED).postUpdate(OFFICER, "đang xử lý", T0));
      case RESOLVED -> applied(inState(IN_PROGRESS).resolve(OFFICER, "đã giải tán", null, T0));
      case CLOSED -> applied(inState(RESOLVED).confirm(T0));
      case REJECTED -> applied(t.reject(OFFICER, "không đúng sự thật", T0));
      case DUPLICATE ->
          applied(t.markDuplicateOf(withCode(original, Drafts.code("PN", 1)), OFFICER, T0));
    };
  }

  static Ticket withCode(Ticket t, TicketCode code) {
    return new Ticket(
        code,
        t.state(),
        t.whereabouts(),
        t.reported(),
        t.handling(),
        t.deadlines(),
        t.history(),
        t.version());
  }

  static Ticket applied(Transition transition) {
    assertThat(transition).isInstanceOf(Transition.Applied.class);
    return ((Transition.Applied) transition).ticket();
  }

  static Refusal refused(Transition transition) {
    assertThat(transition).isInstanceOf(Transition.Refused.class);
    return ((Transition.Refused) transition).reason();
  }

  /** Every change, and the states from which it is allowed and where it leads. */
  static final Map<String, Function<Ticket, Transition>> CHANGES =
      Map.of(
          "acknowledge", t -> t.acknowledge(OTHER_OFFICER, T0.plusSeconds(60)),
          "update", t -> t.postUpdate(OFFICER, "đã cử tổ công tác", T0.plusSeconds(60)),
          "resolve", t -> t.resolve(OFFICER, "đã giải tán chợ", null, T0.plusSeconds(60)),
          "confirm", t -> t.confirm(T0.plusSeconds(60)),
          "reopen", t -> t.reopen("vẫn còn họp chợ", T0.plusSeconds(60), T0.plusSeconds(3600)),
          "autoClose", t -> t.closeUnanswered(T0.plusSeconds(60)),
          "reject", t -> t.reject(OFFICER, "trùng địa bàn khác", T0.plusSeconds(60)),
          "transfer",
              t -> t.transfer(new UnitCode("25222"), null, OFFICER, "sai xã", T0.plusSeconds(60)),
          "addDetail", t -> t.addDetail("thêm ảnh", null, T0.plusSeconds(60)));

  static final Map<String, Map<TicketState, TicketState>> ALLOWED =
      Map.of(
          "acknowledge", Map.of(NEW, ACKNOWLEDGED),
          "update", Map.of(ACKNOWLEDGED, IN_PROGRESS, IN_PROGRESS, IN_PROGRESS),
          "resolve", Map.of(ACKNOWLEDGED, RESOLVED, IN_PROGRESS, RESOLVED),
          "confirm", Map.of(RESOLVED, CLOSED),
          "reopen", Map.of(RESOLVED, ACKNOWLEDGED),
          "autoClose", Map.of(RESOLVED, CLOSED),
          "reject", Map.of(NEW, REJECTED, ACKNOWLEDGED, REJECTED, IN_PROGRESS, REJECTED),
          "transfer", Map.of(NEW, NEW, ACKNOWLEDGED, NEW, IN_PROGRESS, NEW),
          "addDetail",
              Map.of(
                  NEW,
                  NEW,
                  ACKNOWLEDGED,
                  ACKNOWLEDGED,
                  IN_PROGRESS,
                  IN_PROGRESS,
                  RESOLVED,
                  RESOLVED));

  @ParameterizedTest
  @EnumSource(TicketState.class)
  void everyChangeIsAllowedExactlyFromItsStatesAndRecordedInHistory(TicketState from) {
    for (var change : CHANGES.entrySet()) {
      Ticket before = inState(from);
      Transition result = change.getValue().apply(before);
      TicketState expected = ALLOWED.get(change.getKey()).get(from);
      if (expected == null) {
        assertThat(result)
            .as(change.getKey() + " from " + from)
            .isInstanceOf(Transition.Refused.class);
        assertThat(((Transition.Refused) result).ticket()).isSameAs(before);
      } else {
        Ticket after = applied(result);
        assertThat(after.state()).as(change.getKey() + " from " + from).isEqualTo(expected);
        assertThat(after.history()).hasSize(before.history().size() + 1);
        assertThat(after.history().getLast().from()).isEqualTo(from);
        assertThat(after.history().getLast().to()).isEqualTo(expected);
        assertThat(after.version()).isEqualTo(before.version() + 1);
      }
    }
  }

  @Test
  void filedTicketIsNewWithOneHistoryEntryFromNobody() {
    Ticket t = newTicket();
    assertThat(t.state()).isEqualTo(NEW);
    assertThat(t.history())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.from()).isNull();
              assertThat(e.to()).isEqualTo(NEW);
              assertThat(e.kind()).isEqualTo(HistoryEntry.Kind.FILED);
            });
  }

  @Test
  void acknowledgeRecordsTheOfficerAndASecondClaimIsRefusedAsAlreadyClaimed() {
    Ticket claimed = applied(newTicket().acknowledge(OFFICER, T0));
    assertThat(claimed.handling().assigneeId()).isEqualTo(new OfficerId(100001));
    assertThat(claimed.history().getLast().actor()).isEqualTo(OFFICER);
    assertThat(refused(claimed.acknowledge(OTHER_OFFICER, T0))).isEqualTo(Refusal.ALREADY_CLAIMED);
  }

  @Test
  void updateAndResolveOfAnUnclaimedTicketAreRefusedAsNotClaimed() {
    assertThat(refused(newTicket().postUpdate(OFFICER, "x", T0))).isEqualTo(Refusal.NOT_CLAIMED);
    assertThat(refused(newTicket().resolve(OFFICER, "x", null, T0))).isEqualTo(Refusal.NOT_CLAIMED);
  }

  @Test
  void resolveRejectAndUpdateWithoutANoteAreRefused() {
    Ticket claimed = inState(ACKNOWLEDGED);
    assertThat(refused(claimed.resolve(OFFICER, "  ", null, T0))).isEqualTo(Refusal.NOTE_REQUIRED);
    assertThat(refused(claimed.postUpdate(OFFICER, null, T0))).isEqualTo(Refusal.NOTE_REQUIRED);
    assertThat(refused(claimed.reject(OFFICER, "", T0))).isEqualTo(Refusal.NOTE_REQUIRED);
  }

  @Test
  void resolveAttachesTheProofPhotoAsTheOfficers() {
    Attachment proof = new Attachment("photo", "AgADBAAD", true);
    Ticket resolved = applied(inState(ACKNOWLEDGED).resolve(OFFICER, "đã xử lý", proof, T0));
    assertThat(resolved.reported().attachments()).containsExactly(proof);
    assertThat(resolved.history().getLast().note()).isEqualTo("đã xử lý");
  }

  @Test
  void reopenReturnsTheTicketToTheSameOfficerWithANewResolveBy() {
    Instant newResolveBy = T0.plusSeconds(100 * 3600);
    Ticket reopened = applied(inState(RESOLVED).reopen("vẫn còn", T0, newResolveBy));
    assertThat(reopened.state()).isEqualTo(ACKNOWLEDGED);
    assertThat(reopened.handling().assigneeId()).isEqualTo(OFFICER.id());
    assertThat(reopened.history().getLast().kind()).isEqualTo(HistoryEntry.Kind.REOPENED);
    assertThat(reopened.deadlines().resolveBy()).isEqualTo(newResolveBy);
  }

  @ParameterizedTest
  @EnumSource(TicketState.class)
  void overdueAndEscalationAreRecordedBySystemWithoutChangingStateWhileOfficersHaveWork(
      TicketState state) {
    Ticket before = inState(state);
    Transition overdue = before.markOverdue(new UnitCode("25267"), T0.plusSeconds(7200));
    Transition escalated =
        before.escalate(new UnitCode("25267"), new UnitCode("691"), T0.plusSeconds(14400));
    if (!state.awaitsOfficer()) {
      assertThat(refused(overdue)).isEqualTo(Refusal.WRONG_STATE);
      assertThat(refused(escalated)).isEqualTo(Refusal.WRONG_STATE);
      return;
    }
    Ticket marked = applied(overdue);
    assertThat(marked.state()).isEqualTo(state);
    assertThat(marked.version()).isEqualTo(before.version() + 1);
    assertThat(marked.history().getLast())
        .isEqualTo(
            new HistoryEntry(
                T0.plusSeconds(7200),
                Actor.system(),
                state,
                state,
                HistoryEntry.Kind.OVERDUE,
                "",
                "",
                new UnitCode("25267")));
    assertThat(applied(escalated).history().getLast())
        .isEqualTo(
            new HistoryEntry(
                T0.plusSeconds(14400),
                Actor.system(),
                state,
                state,
                HistoryEntry.Kind.ESCALATED,
                "691",
                "",
                new UnitCode("25267")));
  }

  @Test
  void transferMovesToTheOtherQueueAsNewKeepsHistoryAndDropsTheClaim() {
    Ticket claimed = inState(IN_PROGRESS);
    Ticket moved =
        applied(claimed.transfer(new UnitCode("25222"), null, OFFICER, "thuộc xã Bù Gia Mập", T0));
    assertThat(moved.whereabouts().unitCode()).isEqualTo(new UnitCode("25222"));
    assertThat(moved.whereabouts().place()).isEmpty();
    assertThat(moved.state()).isEqualTo(NEW);
    assertThat(moved.handling().assigneeId()).isNull();
    assertThat(moved.history()).startsWith(claimed.history().toArray(HistoryEntry[]::new));
    assertThat(moved.history().getLast().note()).contains("25267", "25222");
  }

  @Test
  void transferToTheSameUnitIsRefused() {
    assertThat(refused(newTicket().transfer(new UnitCode("25267"), null, OFFICER, "", T0)))
        .isEqualTo(Refusal.SAME_UNIT);
  }

  @Test
  void duplicateLinksToTheOriginalAndCannotPointAtItselfOrAClosedTicket() {
    Ticket original = withCode(newTicket(), Drafts.code("PN", 7));
    Ticket dup = applied(newTicket().markDuplicateOf(original, OFFICER, T0));
    assertThat(dup.state()).isEqualTo(DUPLICATE);
    assertThat(dup.handling().duplicateOf()).isEqualTo(original.code());
    assertThat(refused(newTicket().markDuplicateOf(newTicket(), OFFICER, T0)))
        .isEqualTo(Refusal.INVALID_DUPLICATE);
    Ticket closed = withCode(inState(CLOSED), Drafts.code("PN", 8));
    assertThat(refused(newTicket().markDuplicateOf(closed, OFFICER, T0)))
        .isEqualTo(Refusal.INVALID_DUPLICATE);
  }

  @Test
  void addedDetailExtendsTheTextWithoutChangingState() {
    Ticket more = applied(newTicket().addDetail("có khoảng 50 người", null, T0));
    assertThat(more.reported().text()).isEqualTo("chợ tự phát đông người\ncó khoảng 50 người");
    assertThat(more.state()).isEqualTo(NEW);
  }

  @Test
  void recategoriseChangesCategoryAndPriorityWhileWaiting() {
    Ticket t = applied(newTicket().recategorise("GATHERING", Priority.HIGH, Actor.citizen(), T0));
    assertThat(t.reported().category()).isEqualTo("GATHERING");
    assertThat(t.reported().priority()).isEqualTo(Priority.HIGH);
    assertThat(refused(inState(CLOSED).recategorise("OTHER", Priority.NORMAL, Actor.citizen(), T0)))
        .isEqualTo(Refusal.WRONG_STATE);
  }

  @Test
  void statesFallIntoOpenAndClosedGroups() {
    Set<TicketState> open = EnumSet.noneOf(TicketState.class);
    for (TicketState s : TicketState.values()) {
      if (s.isOpen()) {
        open.add(s);
      }
    }
    assertThat(open).containsExactlyInAnyOrder(NEW, ACKNOWLEDGED, IN_PROGRESS, RESOLVED);
    assertThat(EnumSet.complementOf(EnumSet.copyOf(open)))
        .allMatch(s -> s.group() == TicketState.Group.CLOSED);
  }

  @Test
  void assigningANewTicketAcknowledgesItForTheOfficerAndAClaimedOneChangesHands() {
    Actor leader = Actor.officer(new OfficerId(100002), "Lê Văn C");
    Ticket assigned = applied(newTicket().assign(leader, OFFICER, T0));
    assertThat(assigned.state()).isEqualTo(ACKNOWLEDGED);
    assertThat(assigned.handling().assigneeId()).isEqualTo(OFFICER.id());
    assertThat(assigned.history().getLast().actor()).isEqualTo(leader);
    assertThat(assigned.assigneeName()).contains(OFFICER.name());
    Ticket handedOn = applied(assigned.assign(leader, OTHER_OFFICER, T0));
    assertThat(handedOn.state()).isEqualTo(ACKNOWLEDGED);
    assertThat(handedOn.handling().assigneeId()).isEqualTo(OTHER_OFFICER.id());
    assertThat(handedOn.assigneeName()).contains(OTHER_OFFICER.name());
    assertThat(inState(ACKNOWLEDGED).assigneeName()).contains(OFFICER.name());
    assertThat(newTicket().assigneeName()).isEmpty();
    assertThat(refused(handedOn.assign(leader, OTHER_OFFICER, T0)))
        .isEqualTo(Refusal.ALREADY_CLAIMED);
    assertThat(refused(inState(RESOLVED).assign(leader, OFFICER, T0)))
        .isEqualTo(Refusal.WRONG_STATE);
  }
}
