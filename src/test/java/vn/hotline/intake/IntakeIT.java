package vn.hotline.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.category.Priority;
import vn.hotline.config.BotConfig;
import vn.hotline.notify.Button;
import vn.hotline.notify.Keyboard;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.roster.OfficerId;
import vn.hotline.store.StoreAccess;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.TicketCode;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.Tickets;
import vn.hotline.triage.Triage;
import vn.hotline.unit.UnitCode;

/** The citizen's conversation against the real triage and the embedded store, without a channel. */
class IntakeIT {
  static final BotConfig CONFIG = BotConfig.load(Path.of("bot-config"));
  static final Triage TRIAGE = CONFIG.triage();
  static final long ALICE = 5001;
  static final long BOB = 5002;

  @TempDir Path dataDir;
  StoreAccess store;
  Tickets tickets;
  TicketChanges changes;
  Intake intake;
  CitizenNotices notices;
  final List<OutboundMessage> sent = new ArrayList<>();
  final AtomicLong updateIds = new AtomicLong(1000);

  @BeforeEach
  void open() {
    store = StoreAccess.open(dataDir);
    tickets = store.tickets();
    changes = new TicketChanges(tickets);
    Clock clock = Clock.fixed(Instant.parse("2021-09-10T08:00:00Z"), ZoneOffset.UTC);
    Filing filing = new Filing(CONFIG.units(), CONFIG.categories(), CONFIG.sla(), tickets);
    notices =
        new CitizenNotices(
            store.conversations(), CONFIG.messages(), CONFIG.units(), sent::addAll, tickets);
    UnsettledDrafts unsettled =
        new UnsettledDrafts(filing, changes, CONFIG.units(), CONFIG.categories(), CONFIG.sla());
    ReportFlow reports =
        new ReportFlow(
            TRIAGE, CONFIG.units(), CONFIG.categories(), CONFIG.sla(), filing, unsettled);
    Followups followups = new Followups(TRIAGE, tickets, changes, reports);
    intake =
        new Intake(
            store.conversations(),
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
            new DueDrafts(),
            clock);
  }

  @AfterEach
  void close() {
    store.close();
  }

  Inbound.Sender sender(long chat) {
    return new Inbound.Sender(chat, chat, "vi", true, "Lan");
  }

  List<OutboundMessage> say(long chat, String text) {
    int before = sent.size();
    intake.handle(new Inbound.Text(updateIds.incrementAndGet(), sender(chat), text));
    return List.copyOf(sent.subList(before, sent.size()));
  }

  List<OutboundMessage> press(long chat, String data) {
    int before = sent.size();
    intake.handle(
        new Inbound.ButtonPress(
            updateIds.incrementAndGet(), sender(chat), "q" + updateIds.get(), data, 1));
    return List.copyOf(sent.subList(before, sent.size()));
  }

  static List<String> callbacks(OutboundMessage message) {
    if (!(message.keyboard() instanceof Keyboard.Inline inline)) {
      return List.of();
    }
    return inline.rows().stream().flatMap(List::stream).map(Button::callbackData).toList();
  }

  Ticket onlyTicketOf(long chat) {
    List<Ticket> mine = tickets.reportedBy(Channel.TELEGRAM, String.valueOf(chat), 10);
    assertThat(mine).hasSize(1);
    return mine.getFirst();
  }

  @Test
  void aReportWithDiacriticsAndAVillageIsFiledAtOnceWithItsCode() {
    List<OutboundMessage> replies =
        say(ALICE, "Chợ tự phát họp rất đông người ở ấp 4 xã Phú Nghĩa từ sáng");
    Ticket ticket = onlyTicketOf(ALICE);
    assertThat(ticket.whereabouts().unitCode()).isEqualTo(new UnitCode("25267"));
    assertThat(ticket.whereabouts().placeCode()).isEqualTo(new UnitCode("25267-04"));
    assertThat(ticket.reported().category()).isEqualTo("SPONTANEOUS_MARKET");
    assertThat(replies)
        .singleElement()
        .satisfies(
            reply -> {
              assertThat(reply.text())
                  .contains(ticket.code().toString(), "Chợ tự phát", "Ấp 4, Xã Phú Nghĩa", "17:00");
              assertThat(callbacks(reply))
                  .containsExactly(
                      "fc:" + ticket.code().compact(), "fp:" + ticket.code().compact());
            });
  }

  @Test
  void aReportWithoutDiacriticsIsFiledToo() {
    List<OutboundMessage> replies =
        say(BOB, "cho tu phat hop dong nguoi qua o xa phu nghia, ko ai deo khau trang");
    Ticket ticket = onlyTicketOf(BOB);
    assertThat(ticket.whereabouts().unitCode()).isEqualTo(new UnitCode("25267"));
    assertThat(replies.getFirst().text()).contains(ticket.code().toString());
  }

  @Test
  void anAmbiguousCommuneIsSettledByAButton() {
    List<OutboundMessage> question =
        say(ALICE, "Có đám cưới tụ tập hơn 50 người ở xã Tân Thành tối nay");
    assertThat(tickets.reportedBy(Channel.TELEGRAM, String.valueOf(ALICE), 10)).isEmpty();
    assertThat(callbacks(question.getLast())).containsExactlyInAnyOrder("p:25207", "p:25318");
    assertThat(question.getLast().text()).contains("trùng tên");

    List<OutboundMessage> filed = press(ALICE, "p:25318");
    Ticket ticket = onlyTicketOf(ALICE);
    assertThat(ticket.whereabouts().unitCode()).isEqualTo(new UnitCode("25318"));
    assertThat(ticket.reported().category()).isEqualTo("GATHERING");
    assertThat(filed.getLast().text()).contains(ticket.code().toString(), "Xã Tân Thành");
  }

  @Test
  void anUrgentReportGetsThe115AdviceFirstAndTopPriority() {
    List<OutboundMessage> replies =
        say(ALICE, "Bố tôi khó thở, spo2 chỉ còn 88, nhà ở phường Tân Bình, cứu với");
    assertThat(replies.getFirst().text()).contains("115");
    Ticket ticket = onlyTicketOf(ALICE);
    assertThat(ticket.reported().priority()).isEqualTo(Priority.URGENT);
    assertThat(ticket.whereabouts().unitCode()).isEqualTo(new UnitCode("25201"));
    assertThat(ticket.deadlines().acknowledgeBy())
        .isEqualTo(ticket.deadlines().filedAt().plusSeconds(300));
  }

  @Test
  void aReportWithoutAPlaceAsksForLocationOrTheLastCommune() {
    say(ALICE, "Chợ tự phát ở ấp 4 xã Phú Nghĩa đông lắm");
    List<OutboundMessage> ask =
        say(ALICE, "Nhà bên cạnh có người từ Bình Dương về không khai báo y tế");
    assertThat(ask.getLast().keyboard())
        .isInstanceOfSatisfying(
            Keyboard.Reply.class,
            keyboard -> {
              assertThat(keyboard.rows().getFirst().getFirst().requestLocation()).isTrue();
              assertThat(keyboard.rows().get(1).getFirst().text()).isEqualTo("Xã Phú Nghĩa");
            });
    say(ALICE, "Xã Phú Nghĩa");
    assertThat(tickets.reportedBy(Channel.TELEGRAM, String.valueOf(ALICE), 10))
        .hasSize(2)
        .anySatisfy(t -> assertThat(t.reported().category()).isEqualTo("OUTSIDE_ARRIVAL"));
  }

  @Test
  void statusAndMineAnswerOnlyAboutTheCitizensOwnTickets() {
    say(ALICE, "Chợ tự phát ở ấp 4 xã Phú Nghĩa đông lắm");
    Ticket alices = onlyTicketOf(ALICE);
    assertThat(say(ALICE, "/status " + alices.code().toString().toLowerCase()).getFirst().text())
        .contains(alices.code().toString(), "Chờ tiếp nhận", "Xã Phú Nghĩa");
    assertThat(say(BOB, "/status " + alices.code()).getFirst().text()).contains("Không tìm thấy");
    assertThat(say(ALICE, "/mine").getFirst().text()).contains(alices.code().toString());
    assertThat(say(BOB, "/mine").getFirst().text()).doesNotContain(alices.code().toString());
  }

  @Test
  void theSameUpdateHandledTwiceFilesOneTicketAndRepliesOnce() {
    var update = new Inbound.Text(77, sender(ALICE), "Chợ tự phát ở ấp 4 xã Phú Nghĩa đông lắm");
    intake.handle(update);
    int replies = sent.size();
    intake.handle(update);
    assertThat(sent).hasSize(replies);
    onlyTicketOf(ALICE);
  }

  @Test
  void aHelpRequestAsksForPhoneAndAddressAndKeepsThem() {
    say(BOB, "Nhà tôi ở phường Tân Bình hết gạo 3 ngày rồi, có 2 con nhỏ, xin hỗ trợ");
    Ticket ticket = onlyTicketOf(BOB);
    assertThat(ticket.reported().category()).isEqualTo("HELP_FOOD");
    assertThat(sent.getLast().keyboard()).isInstanceOf(Keyboard.Reply.class);
    intake.handle(
        new Inbound.ContactShared(updateIds.incrementAndGet(), sender(BOB), "+84912345678"));
    say(BOB, "Số 12 tổ 3 khu phố 2");
    Ticket withContact = tickets.find(ticket.code().toString()).orElseThrow();
    assertThat(withContact.reported().contact().phone()).isEqualTo("+84912345678");
    assertThat(withContact.reported().contact().address()).isEqualTo("Số 12 tổ 3 khu phố 2");
  }

  @Test
  void aSecondMessageSoonAfterIsAddedToTheSameTicket() {
    say(ALICE, "Chợ tự phát ở ấp 4 xã Phú Nghĩa đông lắm");
    List<OutboundMessage> replies = say(ALICE, "đông lắm, khoảng 50 người đang mua bán");
    Ticket ticket = onlyTicketOf(ALICE);
    assertThat(ticket.reported().text()).contains("khoảng 50 người");
    assertThat(replies.getLast().text()).contains(ticket.code().toString());
  }

  @Test
  void aFloodGetsOneNoticeAndIsNotTriaged() {
    for (int i = 0; i < 25; i++) {
      say(BOB, "tin nhắn số " + i);
    }
    assertThat(sent.stream().filter(m -> m.text().contains("rất nhiều tin"))).hasSize(1);
  }

  @Test
  void acknowledgementAndResolutionReachTheCitizenAndNotResolvedReopens() {
    say(ALICE, "Chợ tự phát ở ấp 4 xã Phú Nghĩa đông lắm");
    String code = onlyTicketOf(ALICE).code().toString();
    Actor officer = Actor.officer(new OfficerId(100001), "Cán bộ A");
    Instant at = Instant.parse("2021-09-10T08:10:00Z");
    notices.announce(
        ((vn.hotline.ticket.Transition.Applied)
                changes.apply(TicketCode.parse(code), t -> t.acknowledge(officer, at)))
            .ticket());
    assertThat(sent.getLast().text()).contains(code, "tiếp nhận");
    notices.announce(
        ((vn.hotline.ticket.Transition.Applied)
                changes.apply(
                    TicketCode.parse(code), t -> t.resolve(officer, "Đã giải tán chợ", null, at)))
            .ticket());
    assertThat(sent.getLast().text()).contains("Đã giải tán chợ");
    assertThat(callbacks(sent.getLast())).contains("no:" + code.replace("-", ""));

    press(ALICE, "no:" + code.replace("-", ""));
    Ticket reopened = tickets.find(code).orElseThrow();
    assertThat(reopened.state()).isEqualTo(TicketState.ACKNOWLEDGED);
    assertThat(reopened.handling().assigneeId()).isEqualTo(new OfficerId(100001));
    assertThat(reopened.deadlines().resolveBy())
        .isEqualTo(
            CONFIG
                .sla()
                .resolveBy(
                    reopened.updatedAt(),
                    reopened.reported().category(),
                    reopened.reported().priority()));
  }

  @Test
  void anotherCitizenCannotSettleSomeoneElsesTicket() {
    say(ALICE, "Chợ tự phát ở ấp 4 xã Phú Nghĩa đông lắm");
    Ticket ticket = onlyTicketOf(ALICE);
    press(BOB, "rc:" + ticket.code().compact() + ":OTHER");
    assertThat(tickets.find(ticket.code().toString()).orElseThrow().reported().category())
        .isEqualTo("SPONTANEOUS_MARKET");
  }
}
