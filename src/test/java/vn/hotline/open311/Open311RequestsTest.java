package vn.hotline.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hotline.access.ApiKey;
import vn.hotline.access.Scope;
import vn.hotline.category.Priority;
import vn.hotline.config.BotConfig;
import vn.hotline.messages.Messages;
import vn.hotline.roster.OfficerId;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Attachment;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Contact;
import vn.hotline.ticket.Deadlines;
import vn.hotline.ticket.Drafts;
import vn.hotline.ticket.NewTicket;
import vn.hotline.ticket.Reported;
import vn.hotline.ticket.Reporter;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.Transition;
import vn.hotline.ticket.Whereabouts;
import vn.hotline.triage.GeoPoint;
import vn.hotline.unit.UnitCode;

class Open311RequestsTest {
  static final BotConfig CONFIG = BotConfig.load(Path.of("bot-config"));
  static final Instant FILED = Instant.parse("2021-09-20T03:00:00Z");
  static final String REPORTER_ID = "5550001234";
  static final String PHONE = "0912345678";
  static final String ADDRESS = "12 đường Lê Lợi";
  static final String TEXT = "nhà hàng xóm hết gạo";
  static final Actor OFFICER = Actor.officer(new OfficerId(100003), "Phạm Văn Dũng");

  final Open311Requests requests =
      new Open311Requests(
          CONFIG.categories(), CONFIG.units(), CONFIG.messages(), CONFIG.sla().zone());

  static Ticket helpRequest() {
    NewTicket draft =
        new NewTicket(
            "test:help",
            "DO",
            new Whereabouts(new UnitCode("25267"), new UnitCode("25267-02")),
            new Reported(
                "HELP_FOOD",
                Priority.HIGH,
                TEXT,
                List.of(),
                new Reporter(Channel.TELEGRAM, REPORTER_ID),
                new Contact(PHONE, ADDRESS),
                0.9),
            new Deadlines(FILED, FILED.plus(Duration.ofMinutes(30)), FILED.plusSeconds(86_400)));
    return Ticket.filed(Drafts.code("DO", 7), draft);
  }

  static Ticket applied(Transition transition) {
    return ((Transition.Applied) transition).ticket();
  }

  static ApiKey key(String unit, Scope... scopes) {
    return new ApiKey("test", "0".repeat(64), List.of(new UnitCode(unit)), Set.of(scopes));
  }

  @Test
  void theReporterAndTheirContactAreNeverWritten() {
    Map<String, Object> request =
        requests.request(
            helpRequest(), Optional.of(key("691", Scope.TICKETS)), Messages.VIETNAMESE);
    String json =
        Open311Writer.json(
            requests.list(
                List.of(helpRequest()),
                Optional.of(key("691", Scope.TICKETS)),
                Messages.VIETNAMESE));
    String xml =
        Open311Writer.xml(
            requests.list(
                List.of(helpRequest()),
                Optional.of(key("691", Scope.TICKETS)),
                Messages.VIETNAMESE));

    assertThat(request)
        .containsOnlyKeys(
            "service_request_id",
            "status",
            "status_notes",
            "service_name",
            "service_code",
            "description",
            "agency_responsible",
            "service_notice",
            "requested_datetime",
            "updated_datetime",
            "expected_datetime",
            "address");
    for (String written : List.of(json, xml)) {
      assertThat(written).doesNotContain(REPORTER_ID, PHONE, ADDRESS, "TELEGRAM", "media_url");
    }
  }

  @Test
  void withoutAKeyWhatWasReportedIsNotWritten() {
    Map<String, Object> request =
        requests.request(helpRequest(), Optional.empty(), Messages.VIETNAMESE);

    assertThat(request).doesNotContainKey("description").doesNotContainKey("media_url");
    assertThat(request.values()).doesNotContain(TEXT);
  }

  @Test
  void onlyAKeyWithTheTicketsScopeOverTheTicketsUnitReadsWhatWasReported() {
    Ticket ticket = helpRequest();

    assertThat(requests.mayRead(Optional.of(key("691", Scope.STATS, Scope.OPEN311)), ticket))
        .isFalse();
    assertThat(requests.mayRead(Optional.of(key("25216", Scope.TICKETS)), ticket)).isFalse();
    assertThat(requests.mayRead(Optional.of(key("25267", Scope.TICKETS)), ticket)).isTrue();
    assertThat(requests.request(ticket, Optional.of(key("691", Scope.TICKETS)), Messages.ENGLISH))
        .containsEntry("description", TEXT);
  }

  @Test
  void theFieldsSayWhereWhenAndWhoHandlesIt() {
    Map<String, Object> request =
        requests.request(helpRequest(), Optional.empty(), Messages.ENGLISH);

    assertThat(request)
        .containsEntry("service_request_id", Drafts.code("DO", 7).toString())
        .containsEntry("status", "open")
        .containsEntry("status_notes", "")
        .containsEntry("service_code", "HELP_FOOD")
        .containsEntry("service_name", CONFIG.categories().get("HELP_FOOD").nameEn())
        .containsEntry("agency_responsible", "Xã Phú Nghĩa")
        .containsEntry("address", "Ấp 2, Xã Phú Nghĩa")
        .containsEntry("requested_datetime", "2021-09-20T10:00:00+07:00")
        .containsEntry("expected_datetime", "2021-09-21T10:00:00+07:00")
        .doesNotContainKeys("lat", "long");
  }

  @Test
  void statusNotesAreTheOfficersLastUpdateOrResolution() {
    Ticket claimed = applied(helpRequest().acknowledge(OFFICER, FILED.plusSeconds(60)));
    Ticket updated =
        applied(claimed.postUpdate(OFFICER, "đang chuẩn bị gạo", FILED.plusSeconds(120)));
    Ticket resolved =
        applied(updated.resolve(OFFICER, "đã trao 20 kg gạo", null, FILED.plusSeconds(180)));
    Ticket closed = applied(resolved.confirm(FILED.plusSeconds(240)));

    assertThat(requests.request(updated, Optional.empty(), Messages.VIETNAMESE))
        .containsEntry("status_notes", "đang chuẩn bị gạo")
        .containsEntry("status", "open");
    assertThat(requests.request(closed, Optional.empty(), Messages.VIETNAMESE))
        .containsEntry("status_notes", "đã trao 20 kg gạo")
        .containsEntry("status", "closed")
        .containsEntry("updated_datetime", "2021-09-20T10:04:00+07:00");
  }

  @Test
  void statusNotesGiveARejectionsReasonButNeverATransfersReason() {
    Ticket transferred =
        applied(
            helpRequest()
                .transfer(
                    new UnitCode("25270"),
                    new UnitCode("25270"),
                    OFFICER,
                    "nội bộ: xã bạn phụ trách",
                    FILED.plusSeconds(60)));
    Ticket rejected =
        applied(
            transferred.reject(OFFICER, "không đủ thông tin để xác minh", FILED.plusSeconds(120)));

    assertThat(requests.request(transferred, Optional.empty(), Messages.VIETNAMESE))
        .containsEntry("status_notes", "");
    assertThat(requests.request(rejected, Optional.empty(), Messages.VIETNAMESE))
        .containsEntry("status_notes", "không đủ thông tin để xác minh")
        .containsEntry("status", "closed");
  }

  @Test
  void aResolvedTicketIsClosedAsTheSpecDefinesIt() {
    Ticket claimed = applied(helpRequest().acknowledge(OFFICER, FILED.plusSeconds(60)));
    Ticket resolved =
        applied(claimed.resolve(OFFICER, "đã trao 20 kg gạo", null, FILED.plusSeconds(180)));

    assertThat(requests.request(resolved, Optional.empty(), Messages.VIETNAMESE))
        .containsEntry("status", "closed")
        .containsEntry("status_notes", "đã trao 20 kg gạo");
    assertThat(Open311Requests.status(resolved.state())).isEqualTo(TicketState.Group.CLOSED);
  }

  @Test
  void aPartnersMediaUrlIsWrittenOnlyForAKeyThatReadsWhatWasReported() {
    Ticket ticket = withMediaUrl(helpRequest(), "https://partner.example.org/a.jpg");

    assertThat(
            requests.request(ticket, Optional.of(key("25267", Scope.TICKETS)), Messages.VIETNAMESE))
        .containsEntry("media_url", "https://partner.example.org/a.jpg");
    assertThat(requests.request(ticket, Optional.empty(), Messages.VIETNAMESE))
        .doesNotContainKey("media_url");
    assertThat(
            requests.request(
                helpRequest(), Optional.of(key("25267", Scope.TICKETS)), Messages.VIETNAMESE))
        .doesNotContainKey("media_url");
  }

  @Test
  void coordinatesAreExactForAReaderAndRoughToTheKilometreForThePublic() {
    Ticket ticket = located(helpRequest(), new GeoPoint(11.53517, 106.88342));

    assertThat(
            requests.request(ticket, Optional.of(key("25267", Scope.TICKETS)), Messages.VIETNAMESE))
        .containsEntry("lat", 11.53517)
        .containsEntry("long", 106.88342);
    assertThat(requests.request(ticket, Optional.empty(), Messages.VIETNAMESE))
        .containsEntry("lat", 11.54)
        .containsEntry("long", 106.88);
    assertThat(requests.request(helpRequest(), Optional.empty(), Messages.VIETNAMESE))
        .doesNotContainKeys("lat", "long");
  }

  static Ticket located(Ticket ticket, GeoPoint point) {
    Reported reported = ticket.reported();
    NewTicket draft =
        new NewTicket(
            "test:located",
            "DO",
            ticket.whereabouts(),
            new Reported(
                reported.category(),
                reported.priority(),
                reported.text(),
                List.of(),
                reported.reporter(),
                reported.contact(),
                reported.confidence(),
                point),
            ticket.deadlines());
    return Ticket.filed(Drafts.code("DO", 9), draft);
  }

  static Ticket withMediaUrl(Ticket ticket, String url) {
    Reported reported = ticket.reported();
    NewTicket draft =
        new NewTicket(
            "test:media",
            "DO",
            ticket.whereabouts(),
            new Reported(
                reported.category(),
                reported.priority(),
                reported.text(),
                List.of(new Attachment(Attachment.MEDIA_URL, url, false)),
                reported.reporter(),
                reported.contact(),
                reported.confidence()),
            ticket.deadlines());
    return Ticket.filed(Drafts.code("DO", 8), draft);
  }
}
