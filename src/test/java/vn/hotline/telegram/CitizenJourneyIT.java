package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.category.Priority;
import vn.hotline.intake.CitizenNotices;
import vn.hotline.roster.OfficerId;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.TempDirs;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.TicketCode;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.Tickets;
import vn.hotline.ticket.Transition;
import vn.hotline.unit.UnitCode;

/** A citizen's journey through the real TelegramBots client, long polling a fake Bot API server. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitizenJourneyIT implements TestPropertyProvider {
  static final Duration WAIT = Duration.ofSeconds(15);
  final FakeBotApi telegram = FakeBotApi.start();

  @Inject Tickets tickets;
  @Inject TicketChanges changes;
  @Inject CitizenNotices notices;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(telegram.properties());
    properties.put("hotline.data-dir", TempDirs.create("journey").toString());
    return properties;
  }

  @AfterAll
  void stopTelegram() {
    telegram.close();
  }

  List<Ticket> ticketsOf(long chat) {
    return tickets.reportedBy(Channel.TELEGRAM, String.valueOf(chat), 10);
  }

  @Test
  void theBotPublishesItsCommandMenu() {
    telegram.awaitCalls("setMyCommands", 2, WAIT);
    assertThat(telegram.commands())
        .hasValueSatisfying(c -> assertThat(c).contains("status", "mine"));
  }

  @Test
  void startGreetsInTheUsersLanguage() {
    telegram.pushFixture("private_command_start_en");
    Eventually.await(
        "an English greeting",
        WAIT,
        () ->
            telegram.calls("sendMessage").stream()
                .anyMatch(c -> c.text() != null && c.text().contains("1022 hotline")));
    var greeting =
        telegram.calls("sendMessage").stream()
            .filter(c -> c.text() != null && c.text().contains("1022 hotline"))
            .findFirst()
            .orElseThrow();
    assertThat(greeting.text()).contains("115", "/status", "never see who you are");
  }

  @Test
  void reportsWithAndWithoutDiacriticsBothGetACode() {
    long withMarks = 6_100_000_001L;
    long without = 6_100_000_002L;
    telegram.pushUpdate(
        Updates.text(withMarks, "Chợ tự phát họp đông người ở ấp 4 xã Phú Nghĩa từ sáng"));
    telegram.pushUpdate(Updates.text(without, "cho tu phat hop dong nguoi o xa phu nghia tu sang"));
    var first = telegram.awaitMessages(withMarks, 1, WAIT).getFirst();
    var second = telegram.awaitMessages(without, 1, WAIT).getFirst();
    assertThat(first.text()).contains(ticketsOf(withMarks).getFirst().code().toString());
    assertThat(second.text()).contains(ticketsOf(without).getFirst().code().toString());
    assertThat(first.callbackData()).hasSize(2);
  }

  @Test
  void anAmbiguousCommuneIsSettledByAButton() {
    long chat = 6_100_000_003L;
    telegram.pushUpdate(
        Updates.text(chat, "Có đám cưới tụ tập hơn 50 người ở xã Tân Thành tối nay"));
    var question = telegram.awaitMessages(chat, 1, WAIT).getFirst();
    assertThat(question.callbackData()).containsExactlyInAnyOrder("p:25207", "p:25318");
    telegram.pushUpdate(Updates.button(chat, "p:25318", question.messageId()));
    var filed = telegram.awaitMessages(chat, 2, WAIT).get(1);
    Ticket ticket = ticketsOf(chat).getFirst();
    assertThat(ticket.whereabouts().unitCode()).isEqualTo(new UnitCode("25318"));
    assertThat(filed.text()).contains(ticket.code().toString());
    telegram.awaitCalls("answerCallbackQuery", 1, WAIT);
  }

  @Test
  void anUrgentReportGetsThe115AdviceFirst() {
    long chat = 6_100_000_004L;
    telegram.pushUpdate(
        Updates.text(chat, "Ba tôi khó thở, môi tím tái, spo2 86, nhà ở phường Tân Bình"));
    var replies = telegram.awaitMessages(chat, 2, WAIT);
    assertThat(replies.getFirst().text()).contains("115");
    assertThat(replies.get(1).text()).contains(ticketsOf(chat).getFirst().code().toString());
    assertThat(ticketsOf(chat).getFirst().reported().priority()).isEqualTo(Priority.URGENT);
  }

  @Test
  void statusAndMineAnswer() {
    long chat = 6_100_000_005L;
    telegram.pushUpdate(
        Updates.text(chat, "Quán karaoke ở phường Tân Bình mở cửa hát ầm ĩ đông người"));
    telegram.awaitMessages(chat, 1, WAIT);
    String code = ticketsOf(chat).getFirst().code().toString();
    telegram.pushUpdate(Updates.text(chat, "/status " + code.toLowerCase()));
    telegram.pushUpdate(Updates.text(chat, "/mine"));
    var replies = telegram.awaitMessages(chat, 3, WAIT);
    assertThat(replies.get(1).text()).contains(code, "Chờ tiếp nhận");
    assertThat(replies.get(2).text()).contains(code);
  }

  @Test
  void acknowledgementAndResolutionReachTheCitizenAndNotResolvedReopens() {
    long chat = 6_100_000_006L;
    telegram.pushUpdate(Updates.text(chat, "Chợ tự phát ở ấp 4 xã Phú Nghĩa đông lắm"));
    telegram.awaitMessages(chat, 1, WAIT);
    String code = ticketsOf(chat).getFirst().code().toString();
    Actor officer = Actor.officer(new OfficerId(100001), "Cán bộ Phú Nghĩa");
    announce(changes.apply(TicketCode.parse(code), t -> t.acknowledge(officer, Instant.now())));
    announce(
        changes.apply(
            TicketCode.parse(code),
            t -> t.resolve(officer, "Đã giải tán chợ", null, Instant.now())));
    var replies = telegram.awaitMessages(chat, 3, WAIT);
    assertThat(replies.get(1).text()).contains(code, "tiếp nhận");
    assertThat(replies.get(2).text()).contains("Đã giải tán chợ");
    String notSolved = replies.get(2).callbackData().get(1);
    telegram.pushUpdate(Updates.button(chat, notSolved, replies.get(2).messageId()));
    Eventually.await(
        "the ticket to reopen",
        WAIT,
        () -> tickets.find(code).orElseThrow().state() == TicketState.ACKNOWLEDGED);
    assertThat(tickets.find(code).orElseThrow().handling().assigneeId())
        .isEqualTo(new OfficerId(100001));
  }

  private void announce(Transition transition) {
    assertThat(transition).isInstanceOf(Transition.Applied.class);
    notices.announce(((Transition.Applied) transition).ticket());
  }
}
