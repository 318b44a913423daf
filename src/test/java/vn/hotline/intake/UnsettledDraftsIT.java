package vn.hotline.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.category.Priority;
import vn.hotline.config.BotConfig;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.store.StoreAccess;
import vn.hotline.testing.SettableClock;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.Tickets;
import vn.hotline.ticket.UncertainPlace;
import vn.hotline.triage.Triage;
import vn.hotline.unit.UnitCode;

/**
 * Reports the citizen leaves unsettled are filed anyway, and the citizen's later answer moves them.
 */
class UnsettledDraftsIT {
  static final BotConfig CONFIG = BotConfig.load(Path.of("bot-config"));
  static final Triage TRIAGE = CONFIG.triage();
  static final long ALICE = 5101;
  static final UnitCode PROVINCE = new UnitCode("70");
  static final UnitCode TAN_THANH_DONG_XOAI = new UnitCode("25207");
  static final UnitCode TAN_THANH_OTHER = new UnitCode("25318");
  static final String WEDDING = "Có đám cưới tụ tập hơn 50 người ở xã Tân Thành tối nay";

  @TempDir Path dataDir;
  StoreAccess store;
  Tickets tickets;
  Conversations conversations;
  UnsettledDrafts unsettled;
  DueDrafts due;
  DraftSweeper sweeper;
  Intake intake;
  final SettableClock clock = new SettableClock(Instant.parse("2021-09-10T08:00:00Z"));
  final List<OutboundMessage> sent = new ArrayList<>();
  final AtomicLong updateIds = new AtomicLong(2000);

  @BeforeEach
  void open() {
    store = StoreAccess.open(dataDir);
    tickets = store.tickets();
    conversations = store.conversations();
    TicketChanges changes = new TicketChanges(tickets);
    Filing filing = new Filing(CONFIG.units(), CONFIG.categories(), CONFIG.sla(), tickets);
    CitizenNotices notices =
        new CitizenNotices(conversations, CONFIG.messages(), CONFIG.units(), sent::addAll, tickets);
    unsettled =
        new UnsettledDrafts(filing, changes, CONFIG.units(), CONFIG.categories(), CONFIG.sla());
    ReportFlow reports =
        new ReportFlow(
            TRIAGE, CONFIG.units(), CONFIG.categories(), CONFIG.sla(), filing, unsettled);
    Followups followups = new Followups(TRIAGE, tickets, changes, reports);
    due = new DueDrafts();
    intake =
        new Intake(
            conversations,
            sent::addAll,
            CONFIG.messages(),
            reports,
            new CitizenCommands(tickets, CONFIG.units(), CONFIG.categories(), CONFIG.sla()),
            new ButtonPresses(
                reports,
                followups,
                tickets,
                changes,
                CONFIG.categories(),
                CONFIG.units(),
                filing,
                notices),
            followups,
            due,
            clock);
    sweeper = sweeper(due);
  }

  DraftSweeper sweeper(DueDrafts index) {
    return new DraftSweeper(
        conversations, index, unsettled, sent::addAll, CONFIG.messages(), clock);
  }

  @AfterEach
  void close() {
    store.close();
  }

  List<OutboundMessage> say(String text) {
    int before = sent.size();
    var sender = new Inbound.Sender(ALICE, ALICE, "vi", true, "Lan");
    intake.handle(new Inbound.Text(updateIds.incrementAndGet(), sender, text));
    return List.copyOf(sent.subList(before, sent.size()));
  }

  List<OutboundMessage> press(String data) {
    int before = sent.size();
    var sender = new Inbound.Sender(ALICE, ALICE, "vi", true, "Lan");
    long id = updateIds.incrementAndGet();
    intake.handle(new Inbound.ButtonPress(id, sender, "q" + id, data, 1));
    return List.copyOf(sent.subList(before, sent.size()));
  }

  List<Ticket> alicesTickets() {
    return tickets.reportedBy(Channel.TELEGRAM, String.valueOf(ALICE), 10);
  }

  Ticket onlyTicket() {
    assertThat(alicesTickets()).hasSize(1);
    return alicesTickets().getFirst();
  }

  List<OutboundMessage> notices() {
    return sent.stream().filter(m -> m.id().startsWith("due:")).toList();
  }

  @Test
  void anUrgentReportNamingAnAmbiguousCommuneIsFiledAtOnceAboveBothCandidates() {
    List<OutboundMessage> replies =
        say("Bố tôi khó thở, spo2 chỉ còn 88, nhà ở xã Tân Thành, cứu với");

    assertThat(replies.getFirst().text()).contains("115");
    assertThat(replies.stream().flatMap(m -> IntakeIT.callbacks(m).stream()))
        .contains("p:" + TAN_THANH_DONG_XOAI, "p:" + TAN_THANH_OTHER);
    Ticket ticket = onlyTicket();
    assertThat(ticket.reported().priority()).isEqualTo(Priority.URGENT);
    assertThat(ticket.whereabouts().unitCode()).isEqualTo(PROVINCE);
    assertThat(UncertainPlace.of(ticket))
        .hasValueSatisfying(
            u ->
                assertThat(u.candidates())
                    .containsExactlyInAnyOrder(TAN_THANH_DONG_XOAI, TAN_THANH_OTHER));
    assertThat(replies.getLast().text()).contains(ticket.code().toString());
  }

  @Test
  void anAmbiguousReportIsFiledAfterTenMinutesAndNotBefore() {
    say(WEDDING);
    clock.advance(ReportFlow.SETTLE_WITHIN.minusSeconds(1));
    assertThat(sweeper.sweep(clock.instant())).isZero();
    assertThat(alicesTickets()).isEmpty();

    clock.advance(Duration.ofSeconds(1));
    assertThat(sweeper.sweep(clock.instant())).isEqualTo(1);
    Ticket ticket = onlyTicket();
    assertThat(ticket.whereabouts().unitCode()).isEqualTo(PROVINCE);
    assertThat(ticket.reported().category()).isEqualTo("GATHERING");
    assertThat(UncertainPlace.of(ticket)).isPresent();
    assertThat(notices())
        .singleElement()
        .satisfies(n -> assertThat(n.text()).contains(ticket.code().toString()));
  }

  @Test
  void aReportWithNoPlaceIsFiledAtTheProvinceAfterTenMinutes() {
    say("Nhà bên cạnh có người từ Bình Dương về không khai báo y tế");
    assertThat(alicesTickets()).isEmpty();

    clock.advance(ReportFlow.SETTLE_WITHIN);
    sweeper.sweep(clock.instant());
    Ticket ticket = onlyTicket();
    assertThat(ticket.whereabouts().unitCode()).isEqualTo(PROVINCE);
    assertThat(ticket.reported().category()).isEqualTo("OUTSIDE_ARRIVAL");
    assertThat(UncertainPlace.of(ticket)).hasValue(new UncertainPlace(List.of()));
  }

  @Test
  void theCitizensLaterTapMovesTheFiledTicketToTheChosenCommune() {
    say(WEDDING);
    clock.advance(ReportFlow.SETTLE_WITHIN);
    sweeper.sweep(clock.instant());
    String code = onlyTicket().code().toString();

    clock.advance(Duration.ofMinutes(3));
    List<OutboundMessage> replies = press("p:" + TAN_THANH_OTHER);

    Ticket moved = onlyTicket();
    assertThat(moved.code().toString()).isEqualTo(code);
    assertThat(moved.whereabouts().unitCode()).isEqualTo(TAN_THANH_OTHER);
    assertThat(moved.history().getLast().kind()).isEqualTo(HistoryEntry.Kind.TRANSFERRED);
    assertThat(moved.history().getLast().actor()).isEqualTo(Actor.citizen());
    assertThat(UncertainPlace.of(moved)).isEmpty();
    assertThat(replies.getLast().text()).contains(code, "Xã Tân Thành");
    assertThat(conversations.find(ALICE).orElseThrow().waiting().draft()).isNull();
  }

  @Test
  void sweepingTwiceOrWithTwoSweepersFilesOnce() {
    say(WEDDING);
    DueDrafts otherIndex = new DueDrafts();
    DraftSweeper other = sweeper(otherIndex);
    other.start();
    clock.advance(ReportFlow.SETTLE_WITHIN);

    int filed = sweeper.sweep(clock.instant()) + other.sweep(clock.instant());
    filed += sweeper.sweep(clock.instant()) + other.sweep(clock.instant());

    assertThat(filed).isEqualTo(1);
    assertThat(alicesTickets()).hasSize(1);
    assertThat(notices()).hasSize(1);
  }

  @Test
  void aDraftSettledBeforeTenMinutesIsFiledOnceAsUsual() {
    say(WEDDING);
    clock.advance(Duration.ofMinutes(5));
    press("p:" + TAN_THANH_OTHER);
    clock.advance(ReportFlow.SETTLE_WITHIN);

    assertThat(sweeper.sweep(clock.instant())).isZero();
    Ticket ticket = onlyTicket();
    assertThat(ticket.whereabouts().unitCode()).isEqualTo(TAN_THANH_OTHER);
    assertThat(ticket.history()).hasSize(1);
    assertThat(UncertainPlace.of(ticket)).isEmpty();
    assertThat(notices()).isEmpty();
  }

  @Test
  void aDistrictNamedAloneIsFiledInThatDistrictAfterTenMinutes() {
    say("Chợ tự phát đông người ở thành phố Đồng Xoài từ sáng");
    clock.advance(ReportFlow.SETTLE_WITHIN);
    sweeper.sweep(clock.instant());
    assertThat(onlyTicket().whereabouts().unitCode()).isEqualTo(new UnitCode("689"));
  }

  @Test
  void draftsLeftDueByAPreviousRunAreFoundAtStart() {
    say(WEDDING);
    DraftSweeper restarted = sweeper(new DueDrafts());
    restarted.start();
    clock.advance(ReportFlow.SETTLE_WITHIN);
    assertThat(restarted.sweep(clock.instant())).isEqualTo(1);
    assertThat(onlyTicket().whereabouts().unitCode()).isEqualTo(PROVINCE);
  }

  @Test
  void aSweeperActingOnAConversationChangedSinceItReadItSavesNothing() {
    say(WEDDING);
    clock.advance(ReportFlow.SETTLE_WITHIN);
    Conversation read = conversations.find(ALICE).orElseThrow();
    press("p:" + TAN_THANH_OTHER);

    Replies out = Replies.forDueDraft(CONFIG.messages(), 1, ALICE, "vi");
    assertThat(conversations.replace(read, unsettled.fileNow(read, clock.instant(), out)))
        .isFalse();
    assertThat(conversations.find(ALICE).orElseThrow().waiting().draft()).isNull();
    assertThat(onlyTicket().whereabouts().unitCode()).isEqualTo(TAN_THANH_OTHER);
  }

  @Test
  void twoSweepersReadingTheSameDraftSaveOnlyOnce() {
    say(WEDDING);
    clock.advance(ReportFlow.SETTLE_WITHIN);
    Conversation read = conversations.find(ALICE).orElseThrow();
    Replies out = Replies.forDueDraft(CONFIG.messages(), 1, ALICE, "vi");

    boolean first = conversations.replace(read, unsettled.fileNow(read, clock.instant(), out));
    boolean second = conversations.replace(read, unsettled.fileNow(read, clock.instant(), out));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(alicesTickets()).hasSize(1);
  }

  @Test
  void anUncertainCategoryIsFiledWithTheBestGuessAndALaterTapRecategorises() {
    List<OutboundMessage> question = say("Ở xã Phú Nghĩa có chuyện này cần báo");
    assertThat(question.getLast().text())
        .isEqualTo(CONFIG.messages().text(java.util.Locale.of("vi"), "category.ask"));
    clock.advance(ReportFlow.SETTLE_WITHIN);
    sweeper.sweep(clock.instant());
    Ticket filed = onlyTicket();
    assertThat(filed.whereabouts().unitCode()).isEqualTo(new UnitCode("25267"));

    press("c:GATHERING");

    Ticket recategorised = onlyTicket();
    assertThat(recategorised.reported().category()).isEqualTo("GATHERING");
    assertThat(recategorised.history().getLast().kind()).isEqualTo(HistoryEntry.Kind.RECATEGORISED);
    assertThat(recategorised.history().getLast().actor()).isEqualTo(Actor.citizen());
  }
}
