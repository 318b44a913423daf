package vn.hotline.webdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hotline.web.WebSignIn.csrfIn;
import static vn.hotline.webdesk.TicketActionForms.choice;
import static vn.hotline.webdesk.TicketActionForms.flash;
import static vn.hotline.webdesk.TicketActionForms.historyLine;
import static vn.hotline.webdesk.TicketActionForms.offers;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.roster.OfficerId;
import vn.hotline.telegram.BotApiCall;
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
 * The ticket page's other actions over plain HTTP, as its forms post them, with the service, its
 * store and a fake Bot API: transfer, duplicate, reject, assign and update. Each changes the ticket
 * as the card's buttons would, and the citizen and the groups hear of it through Telegram.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketActionsIT implements TestPropertyProvider {
  static final long OFFICER = 100001L;
  static final long LEADER = 100002L;
  static final long OTHER_OFFICER = 100005L;
  static final long DISTRICT_SUPERVISOR = 100003L;
  static final long PHU_NGHIA_GROUP = -1000025267L;
  // Đak Ơ keeps a group of its own in this test's copy of the shipped units.
  static final long DAK_O_GROUP = -1000025225L;

  final FakeBotApi telegram = FakeBotApi.start();
  final int port = FreePort.find();
  final WebSignIn signIn = new WebSignIn(telegram, WebServiceProperties.base(port));

  @Inject Tickets tickets;

  @Override
  public Map<String, String> getProperties() {
    return WebServiceProperties.dataIn("ticket-actions")
        .servedOn(port)
        .talkingTo(telegram)
        .botConfig(configWithDakOGroup())
        .roomyOutbox()
        .map();
  }

  @AfterAll
  void stopTelegram() {
    telegram.close();
  }

  @Test
  void aTransferByThePagesFormMovesTheTicketToTheOtherCommunesGroup() throws Exception {
    long citizen = 6_300_300_001L;
    Ticket filed = report(citizen, "Cột điện nghiêng sắp đổ trước trường học ở xã Phú Nghĩa");
    String code = filed.code().toString();
    BotApiCall oldCard = cardIn(PHU_NGHIA_GROUP, code);
    WebSignIn.Session officer = signIn.overHttp(OFFICER);
    String page = officer.get("/t/" + code).body();
    assertThat(offers(page, code, "transfer")).isTrue();
    String unit = choice(page, "unit", "Xã Đak Ơ (Huyện Bù Gia Mập)");

    HttpResponse<String> answer =
        officer.post("/t/" + code + "/transfer", form("_csrf", csrfIn(page), "unit", unit));

    assertThat(flash(answer)).startsWith("1").contains(code, "Xã Đak Ơ");
    Ticket moved = tickets.find(code).orElseThrow();
    assertThat(moved.whereabouts().unitCode()).isEqualTo(new UnitCode("25225"));
    assertThat(moved.history().getLast().kind()).isEqualTo(HistoryEntry.Kind.TRANSFERRED);
    assertThat(moved.history().getLast().actor().viaWeb()).isTrue();
    BotApiCall newCard = cardIn(DAK_O_GROUP, code);
    assertThat(newCard.text()).contains("Đak Ơ");
    Eventually.await(
        "the old card to say where the ticket went",
        WebSignIn.WAIT,
        () ->
            telegram
                .shown(PHU_NGHIA_GROUP, oldCard.messageId())
                .filter(s -> s.text().contains("Đã chuyển sang Xã Đak Ơ"))
                .isPresent());
    awaitSent(citizen, c -> c.text().contains(code) && c.text().contains("Xã Đak Ơ"));
    // The ticket has left the officer's commune: the page they are sent back to refuses them,
    // but still says what became of their transfer.
    HttpResponse<String> after = TicketActionForms.followWithFlash(officer, answer);
    assertThat(after.statusCode()).isEqualTo(403);
    assertThat(after.body()).contains("Đã chuyển " + code + " sang Xã Đak Ơ");
    assertThat(officer.get("/t/" + code).statusCode()).isEqualTo(403);
    WebSignIn.Session district = signIn.overHttp(DISTRICT_SUPERVISOR);
    assertThat(historyLine(district.get("/t/" + code).body(), "TRANSFERRED"))
        .contains("Nguyễn Văn An", "qua web");
  }

  @Test
  void aTicketMarkedAsADuplicateIsClosedAndLinkedAndItsCitizenIsTold() throws Exception {
    Ticket original =
        report(6_300_300_002L, "Nhà bên cạnh ở xã Phú Nghĩa đang cách ly tại nhà mà vẫn ra ngoài");
    long citizen = 6_300_300_003L;
    Ticket repeat = report(citizen, "Hàng xóm F1 phú nghĩa trốn cách ly đi lung tung");
    String code = repeat.code().toString();
    WebSignIn.Session officer = signIn.overHttp(OFFICER);
    String page = officer.get("/t/" + code).body();
    assertThat(offers(page, code, "duplicate")).isTrue();

    HttpResponse<String> answer =
        officer.post(
            "/t/" + code + "/duplicate",
            form("_csrf", csrfIn(page), "original", original.code().toString()));

    assertThat(flash(answer)).startsWith("1").contains(original.code().toString());
    Ticket closed = tickets.find(code).orElseThrow();
    assertThat(closed.state()).isEqualTo(TicketState.DUPLICATE);
    assertThat(closed.handling().duplicateOf()).isEqualTo(original.code());
    assertThat(closed.history().getLast().actor().viaWeb()).isTrue();
    awaitSent(
        citizen,
        c -> c.text().contains(code) && c.text().contains("trùng với phản ánh " + original.code()));
    String after = officer.get("/t/" + code).body();
    assertThat(after).contains("href=\"/t/" + original.code() + "\"");
    assertThat(offers(after, code, "duplicate")).isFalse();
  }

  @Test
  void aRejectionWithAListedReasonTellsTheCitizenThatReason() throws Exception {
    long citizen = 6_300_300_004L;
    Ticket filed = report(citizen, "Quán karaoke ở xã Phú Nghĩa mở cửa hát đông người suốt đêm");
    String code = filed.code().toString();
    WebSignIn.Session officer = signIn.overHttp(OFFICER);
    String page = officer.get("/t/" + code).body();
    String reason = TicketActionForms.radio(page, "reason", "Thông tin không đủ để xác minh");

    HttpResponse<String> answer =
        officer.post("/t/" + code + "/reject", form("_csrf", csrfIn(page), "reason", reason));

    assertThat(flash(answer)).startsWith("1").contains(code);
    assertThat(tickets.find(code).orElseThrow().state()).isEqualTo(TicketState.REJECTED);
    BotApiCall told =
        awaitSent(citizen, c -> c.text().contains(code) && c.text().contains("không được"));
    assertThat(told.text())
        .contains("Lý do: Thông tin không đủ để xác minh")
        .contains("hãy nhắn lại kèm thêm thông tin");
  }

  @Test
  void aRejectionWithAWrittenReasonTellsTheCitizenTheOfficersWords() throws Exception {
    long citizen = 6_300_300_005L;
    Ticket filed = report(citizen, "Hàng xóm xã Phú Nghĩa nuôi chó sủa to cả ngày <b>ồn</b>");
    String code = filed.code().toString();
    WebSignIn.Session officer = signIn.overHttp(OFFICER);
    String written = "Việc nuôi chó thuộc thẩm quyền hòa giải của tổ dân phố & ban ấp";

    HttpResponse<String> answer =
        officer.post(
            "/t/" + code + "/reject",
            form("_csrf", officer.csrf("/t/" + code), "reason", "", "reasonText", written));

    assertThat(flash(answer)).startsWith("1").contains(code);
    Ticket rejected = tickets.find(code).orElseThrow();
    assertThat(rejected.state()).isEqualTo(TicketState.REJECTED);
    assertThat(rejected.history().getLast().note()).isEqualTo(written);
    BotApiCall told =
        awaitSent(citizen, c -> c.text().contains(code) && c.text().contains("Lý do"));
    assertThat(told.text()).contains("tổ dân phố &amp; ban ấp");
  }

  @Test
  void aLeaderAssignsATicketToAnOfficerAndAnOfficerIsRefusedChangingNothing() throws Exception {
    Ticket filed =
        report(6_300_300_006L, "Tiệm cắt tóc ở xã Phú Nghĩa vẫn mở cửa, không đeo khẩu trang");
    String code = filed.code().toString();
    BotApiCall card = cardIn(PHU_NGHIA_GROUP, code);
    WebSignIn.Session officer = signIn.overHttp(OFFICER);
    String officersPage = officer.get("/t/" + code).body();
    assertThat(offers(officersPage, code, "assign")).isFalse();

    HttpResponse<String> refused =
        officer.post(
            "/t/" + code + "/assign",
            form("_csrf", csrfIn(officersPage), "officer", String.valueOf(OTHER_OFFICER)));

    assertThat(flash(refused)).startsWith("0").contains("không có quyền");
    Ticket unchanged = tickets.find(code).orElseThrow();
    assertThat(unchanged.version()).isEqualTo(filed.version());
    assertThat(unchanged.handling().assigneeId()).isNull();

    WebSignIn.Session leader = signIn.overHttp(LEADER);
    String leadersPage = leader.get("/t/" + code).body();
    String bich = choice(leadersPage, "officer", "Trần Thị Bích");
    assertThat(bich).isEqualTo(String.valueOf(OTHER_OFFICER));
    HttpResponse<String> assigned =
        leader.post("/t/" + code + "/assign", form("_csrf", csrfIn(leadersPage), "officer", bich));

    assertThat(flash(assigned)).startsWith("1").contains(code, "Trần Thị Bích");
    Ticket handed = tickets.find(code).orElseThrow();
    assertThat(handed.handling().assigneeId()).isEqualTo(new OfficerId(OTHER_OFFICER));
    assertThat(handed.history().getLast().kind()).isEqualTo(HistoryEntry.Kind.ASSIGNED);
    assertThat(handed.history().getLast().actor().viaWeb()).isTrue();
    assertThat(leader.get("/t/" + code).body()).contains("<dd id=\"assignee\">Trần Thị Bích</dd>");
    Eventually.await(
        "the card to name the officer it was handed to",
        WebSignIn.WAIT,
        () ->
            telegram
                .shown(PHU_NGHIA_GROUP, card.messageId())
                .filter(s -> s.text().contains("Trần Thị Bích"))
                .isPresent());
  }

  @Test
  void anUpdateWithANoteReachesTheCitizen() throws Exception {
    long citizen = 6_300_300_007L;
    Ticket filed = report(citizen, "Đường đất ở ấp 3 xã Phú Nghĩa sạt lở một đoạn dài sau mưa");
    String code = filed.code().toString();
    WebSignIn.Session officer = signIn.overHttp(OFFICER);
    String csrf = officer.csrf("/t/" + code);
    assertThat(flash(officer.post("/t/" + code + "/acknowledge", "_csrf=" + csrf))).startsWith("1");
    String page = officer.get("/t/" + code).body();
    assertThat(offers(page, code, "update")).isTrue();
    String note = "Tổ công tác đã đến rào chắn đoạn sạt lở, đang chờ xe đá";

    HttpResponse<String> answer =
        TicketActionForms.postMultipart(
            officer, "/t/" + code + "/update", Map.of("_csrf", csrf, "note", note));

    assertThat(flash(answer)).startsWith("1").contains(code);
    Ticket updated = tickets.find(code).orElseThrow();
    assertThat(updated.state()).isEqualTo(TicketState.IN_PROGRESS);
    assertThat(updated.history().getLast().kind()).isEqualTo(HistoryEntry.Kind.UPDATED);
    assertThat(updated.history().getLast().note()).isEqualTo(note);
    assertThat(updated.history().getLast().photo()).isEmpty();
    awaitSent(citizen, c -> c.text().contains("Cập nhật phản ánh") && c.text().contains(note));
    assertThat(historyLine(officer.get("/t/" + code).body(), "UPDATED")).contains(note, "qua web");
  }

  private static String form(String... namesAndValues) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (name, value) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return body.toString();
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

  BotApiCall cardIn(long group, String code) {
    return awaitSent(
        group, c -> c.text().contains("<b>" + code + "</b>") && !c.callbackData().isEmpty());
  }

  BotApiCall awaitSent(long chat, Predicate<BotApiCall> wanted) {
    return Eventually.awaitValue(
        "a message to " + chat,
        WebSignIn.WAIT,
        () ->
            telegram.sentTo(chat).stream()
                .filter(c -> c.text() != null && wanted.test(c))
                .findFirst()
                .orElse(null));
  }

  private static Path configWithDakOGroup() {
    String dakO = "name: \"Đak Ơ\", parent: \"691\"";
    return WebServiceProperties.copyOfBotConfig(
        "ticket-actions-config",
        "units.yml",
        shipped -> {
          assertThat(shipped).contains(dakO);
          return shipped.replace(dakO, dakO + ", chat: " + DAK_O_GROUP);
        });
  }
}
