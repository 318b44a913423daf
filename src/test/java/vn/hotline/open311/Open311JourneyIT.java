package vn.hotline.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hotline.open311.Open311Calls.PARTNER_KEY;
import static vn.hotline.open311.Open311Calls.children;
import static vn.hotline.open311.Open311Calls.fields;
import static vn.hotline.open311.Open311Calls.json;
import static vn.hotline.open311.Open311Calls.text;
import static vn.hotline.open311.Open311Calls.xml;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Element;
import vn.hotline.desk.Desk;
import vn.hotline.desk.TicketLookup;
import vn.hotline.messages.Messages;
import vn.hotline.roster.OfficerId;
import vn.hotline.telegram.BotApiCall;
import vn.hotline.telegram.FakeBotApi;
import vn.hotline.telegram.Updates;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.Tickets;

/**
 * A request a partner files through Open311 reaches the commune's group on Telegram as a card like
 * any report, is worked there by its officers, and the partner reads its outcome through Open311:
 * the service, a fake Bot API over real HTTP, and HTTP calls as a partner makes them.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Open311JourneyIT implements TestPropertyProvider {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final long PHU_NGHIA_GROUP = -1000025267L;
  static final long LEADER = 100002L;
  static final String PHONE = "0987654321";
  static final String MEDIA = "https://partner.example.org/media/cho-phu-nghia.jpg";
  static final String REPORT =
      "Chợ tự phát họp rất đông người ở xã Phú Nghĩa, không ai đeo khẩu trang";
  static final String NOTE = "Đã giải tán chợ";

  final FakeBotApi telegram = FakeBotApi.start();
  final int port = FreePort.find();
  final Open311Calls calls = new Open311Calls(port);

  @Inject Tickets tickets;
  @Inject Desk desk;

  @Override
  public Map<String, String> getProperties() {
    return Open311Calls.serviceWithKeys("open311-journey")
        .servedOn(port)
        .talkingTo(telegram)
        .roomyOutbox()
        .map();
  }

  @AfterAll
  void stopTelegram() {
    telegram.close();
  }

  @Test
  void aFiledRequestIsWorkedOnTelegramAndThePartnerReadsItClosedWithTheOfficersNote()
      throws Exception {
    JsonNode filed =
        json(
            calls.post(
                "requests.json",
                fields(
                    "api_key",
                    PARTNER_KEY,
                    "service_code",
                    "SPONTANEOUS_MARKET",
                    "description",
                    REPORT,
                    "phone",
                    PHONE,
                    "first_name",
                    "Thị Mai",
                    "last_name",
                    "Nguyễn",
                    "email",
                    "mai@example.org",
                    "media_url",
                    MEDIA)),
            200);
    String code = filed.get(0).get("service_request_id").asText();

    BotApiCall card = cardIn(PHU_NGHIA_GROUP, code);
    assertThat(card.text()).contains("Phú Nghĩa", "không ai đeo khẩu trang");
    assertThat(card.text()).doesNotContain(PHONE, "Mai", "Nguyễn", "mai@example.org", "📷");
    assertThat(card.text()).as("the partner's media, as a link for officers").contains(MEDIA);
    telegram.pushUpdate(Updates.groupText(PHU_NGHIA_GROUP, LEADER, "/ack " + code));
    awaitState(code, TicketState.ACKNOWLEDGED);
    telegram.pushUpdate(
        Updates.groupText(PHU_NGHIA_GROUP, LEADER, "/resolve " + code + " " + NOTE));
    awaitState(code, TicketState.RESOLVED);

    JsonNode read = json(calls.get("requests/" + code + ".json"), 200).get(0);
    Element readXml =
        children(xml(calls.get("requests/" + code + ".xml"), 200, "service_requests"), "request")
            .getFirst();
    HttpResponse<String> publicAnswer = calls.get("requests/" + code + ".json");
    JsonNode partnerRead =
        json(calls.get("requests/" + code + ".json?api_key=" + PARTNER_KEY), 200).get(0);

    assertThat(read.get("status").asText()).isEqualTo("closed");
    assertThat(read.get("status_notes").asText()).isEqualTo(NOTE);
    assertThat(text(readXml, "status")).isEqualTo("closed");
    assertThat(text(readXml, "status_notes")).isEqualTo(NOTE);
    assertThat(read.has("description")).isFalse();
    assertThat(read.has("media_url")).isFalse();
    assertThat(publicAnswer.body()).doesNotContain(PHONE, "Mai", "khẩu trang", MEDIA);
    assertThat(partnerRead.get("description").asText()).isEqualTo(REPORT);
    assertThat(partnerRead.get("media_url").asText()).isEqualTo(MEDIA);
    assertThat(partnerRead.toString()).doesNotContain(PHONE);
    assertThat(telegram.calls("sendPhoto")).noneMatch(c -> MEDIA.equals(c.params().get("photo")));
    TicketLookup.Found onTheWebDesk =
        (TicketLookup.Found) desk.ticketForWeb(new OfficerId(LEADER), Messages.VIETNAMESE, code);
    assertThat(onTheWebDesk.ticket().photos()).isEmpty();
  }

  BotApiCall cardIn(long group, String code) {
    return Eventually.awaitValue(
        "the card of " + code + " in " + group,
        WAIT,
        () ->
            telegram.sentTo(group).stream()
                .filter(c -> c.text() != null && c.text().contains("<b>" + code + "</b>"))
                .filter(c -> !c.callbackData().isEmpty())
                .findFirst()
                .orElse(null));
  }

  void awaitState(String code, TicketState state) {
    Eventually.await(
        code + " to be " + state,
        WAIT,
        () -> tickets.find(code).map(t -> t.state() == state).orElse(false));
  }
}
