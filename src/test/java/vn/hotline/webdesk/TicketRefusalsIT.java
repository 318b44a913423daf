package vn.hotline.webdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.telegram.FakeBotApi;
import vn.hotline.telegram.Updates;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.Tickets;
import vn.hotline.unit.UnitCode;
import vn.hotline.web.WebServiceProperties;
import vn.hotline.web.WebSignIn;

/**
 * What the ticket page refuses, over plain HTTP: tickets outside the viewer's units, a form without
 * its CSRF token, a result without a note; and two officers acknowledging at once, of whom one wins
 * as on Telegram.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketRefusalsIT implements TestPropertyProvider {
  static final long OFFICER = 100001L;
  static final long OTHER_OFFICER = 100005L;
  static final long DISTRICT_SUPERVISOR = 100003L;
  static final long PROVINCE_SUPERVISOR = 100004L;

  final FakeBotApi telegram = FakeBotApi.start();
  final int port = FreePort.find();
  final WebSignIn signIn = new WebSignIn(telegram, WebServiceProperties.base(port));

  @Inject Tickets tickets;

  @Override
  public Map<String, String> getProperties() {
    return WebServiceProperties.dataIn("ticket-refusals").servedOn(port).talkingTo(telegram).map();
  }

  @AfterAll
  void stopTelegram() {
    telegram.close();
  }

  @Test
  void aTicketOfAnotherCommuneIsForbiddenAndASupervisorSeesOnlyTheirSubtree() throws Exception {
    Ticket thacMo = report(6_300_200_001L, "Cây đổ chắn ngang đường ở phường Thác Mơ");
    assertThat(thacMo.whereabouts().unitCode()).isEqualTo(new UnitCode("25216"));
    Ticket phuNghia = report(6_300_200_002L, "Cây đổ chắn ngang đường ở xã Phú Nghĩa");
    String other = "/t/" + thacMo.code();
    String own = "/t/" + phuNghia.code();

    WebSignIn.Session officer = signIn.overHttp(OFFICER);
    assertThat(officer.get(other).statusCode()).isEqualTo(403);
    assertThat(officer.get(other + "/photos/0").statusCode()).isEqualTo(403);
    assertThat(officer.get(own).statusCode()).isEqualTo(200);
    assertThat(officer.get("/t/ZZ-99999").statusCode()).isEqualTo(404);

    WebSignIn.Session district = signIn.overHttp(DISTRICT_SUPERVISOR);
    assertThat(district.get(other).statusCode()).isEqualTo(403);
    assertThat(district.get(own).statusCode()).isEqualTo(200);
    WebSignIn.Session province = signIn.overHttp(PROVINCE_SUPERVISOR);
    assertThat(province.get(other).statusCode()).isEqualTo(200);
  }

  @Test
  void anActionOnAnotherCommunesTicketIsForbiddenAndChangesNothing() throws Exception {
    Ticket thacMo = report(6_300_200_003L, "Đèn đường hỏng cả dãy ở phường Thác Mơ");
    WebSignIn.Session officer = signIn.overHttp(OFFICER);
    String csrf =
        officer.csrf(
            "/t/"
                + report(6_300_200_004L, "Quán nhậu ở xã Phú Nghĩa tụ tập đông người sau 18 giờ")
                    .code());

    HttpResponse<String> refused =
        officer.post("/t/" + thacMo.code() + "/acknowledge", "_csrf=" + csrf);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(tickets.find(thacMo.code()).orElseThrow().state()).isEqualTo(TicketState.NEW);
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefusedAndTheTicketStaysAsItWas() throws Exception {
    Ticket filed =
        report(6_300_200_005L, "Chợ tự phát ở ngã ba xã Phú Nghĩa đông người mua bán rau");
    WebSignIn.Session officer = signIn.overHttp(OFFICER);

    HttpResponse<String> missing = officer.post("/t/" + filed.code() + "/acknowledge", "");
    HttpResponse<String> guessed =
        officer.post("/t/" + filed.code() + "/acknowledge", "_csrf=guessed");

    assertThat(missing.statusCode()).isEqualTo(403);
    assertThat(guessed.statusCode()).isEqualTo(403);
    assertThat(tickets.find(filed.code()).orElseThrow().version()).isEqualTo(filed.version());
  }

  @Test
  void aResultWithoutANoteIsRefusedOnThePageAndTheTicketStaysClaimed() throws Exception {
    Ticket filed =
        report(6_300_200_006L, "Tiệm cắt tóc ở xã Phú Nghĩa vẫn mở cửa, không đeo khẩu trang");
    WebSignIn.Session officer = signIn.overHttp(OFFICER);
    String page = "/t/" + filed.code();
    String csrf = officer.csrf(page);
    assertThat(officer.post(page + "/acknowledge", "_csrf=" + csrf).statusCode()).isEqualTo(303);

    HttpResponse<String> refused = officer.post(page + "/resolve", "_csrf=" + csrf + "&note=+");

    assertThat(refused.statusCode()).isEqualTo(303);
    assertThat(TicketActionForms.flash(refused)).startsWith("0").contains("Cần có nội dung");
    assertThat(tickets.find(filed.code()).orElseThrow().state())
        .isEqualTo(TicketState.ACKNOWLEDGED);
  }

  @Test
  void twoOfficersAcknowledgingAtOnceGetOneWinner() throws Exception {
    Ticket filed =
        report(6_300_200_007L, "Sân bóng ở xã Phú Nghĩa tụ tập đá bóng đông người chiều nay");
    String page = "/t/" + filed.code();
    List<WebSignIn.Session> officers =
        List.of(signIn.overHttp(OFFICER), signIn.overHttp(OTHER_OFFICER));
    List<String> tokens = List.of(officers.get(0).csrf(page), officers.get(1).csrf(page));
    CountDownLatch start = new CountDownLatch(1);

    List<String> flashes;
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      List<Future<HttpResponse<String>>> answers =
          List.of(0, 1).stream()
              .map(
                  i ->
                      pool.submit(
                          () -> {
                            start.await();
                            return officers
                                .get(i)
                                .post(page + "/acknowledge", "_csrf=" + tokens.get(i));
                          }))
              .toList();
      start.countDown();
      flashes = answers.stream().map(f -> TicketActionForms.flash(get(f))).toList();
    }

    assertThat(flashes).filteredOn(f -> f.startsWith("1")).hasSize(1);
    assertThat(flashes).filteredOn(f -> f.startsWith("0")).hasSize(1);
    Ticket after = tickets.find(filed.code()).orElseThrow();
    assertThat(after.history())
        .filteredOn(e -> e.kind() == HistoryEntry.Kind.ACKNOWLEDGED)
        .hasSize(1);
    assertThat(after.history().getLast().actor().viaWeb()).isTrue();
  }

  private static HttpResponse<String> get(Future<HttpResponse<String>> answer) {
    try {
      return answer.get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  Ticket report(long citizen, String text) {
    telegram.pushUpdate(Updates.text(citizen, text));
    return Eventually.awaitValue(
        "a ticket for " + citizen,
        WebSignIn.WAIT,
        () ->
            tickets.reportedBy(Channel.TELEGRAM, String.valueOf(citizen), 5).stream()
                .findFirst()
                .orElse(null));
  }
}
