package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.access.ApiKeys;
import vn.hotline.roster.OfficerId;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.TempDirs;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.Tickets;

/**
 * What supervisors do, through the real client and the fake Bot API, with acknowledgement limits of
 * seconds: the buttons of an escalation card (remind the commune, hand the ticket to one of its
 * officers, take it over), {@code /stats} with its league table and its refusal to an officer,
 * {@code /overdue}, and the statistics API reading the same tickets.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisorDeskIT implements TestPropertyProvider {
  static final Duration WAIT = Duration.ofSeconds(40);
  static final long PHU_NGHIA_GROUP = -1000025267L;
  static final long BU_GIA_MAP_GROUP = -1000000691L;
  static final long OFFICER = 100005L;
  static final long DISTRICT_SUPERVISOR = 100003L;
  static final long PROVINCE_SUPERVISOR = 100004L;
  static final String KEY = "province-dashboard-key";

  final FakeBotApi telegram = FakeBotApi.start();

  @Inject Tickets tickets;
  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(telegram.properties());
    properties.put("hotline.data-dir", TempDirs.create("supervisors").toString());
    properties.put("hotline.bot-config-dir", config().toString());
    properties.put("hotline.outbox.per-chat", "100");
    properties.put("hotline.outbox.per-group", "1000");
    properties.put("hotline.outbox.global", "1000");
    properties.put("hotline.sla.tick", "200ms");
    return properties;
  }

  @AfterAll
  void stopTelegram() {
    telegram.close();
  }

  @Test
  void aDistrictSupervisorWorksEscalatedTicketsFromTheirCardAndReadsTheFigures() throws Exception {
    Ticket handed = report(6_500_000_001L, "Ba tôi khó thở, SpO2 85, ở xã Phú Nghĩa, cứu với");
    Ticket taken = report(6_500_000_002L, "Con tôi co giật bất tỉnh ở xã Phú Nghĩa, cần cấp cứu");
    String compact = handed.code().compact();

    BotApiCall card =
        awaitIn(
            BU_GIA_MAP_GROUP,
            c -> c.text().contains(handed.code().toString()) && c.text().contains("Chuyển cấp 1"));
    press(BU_GIA_MAP_GROUP, DISTRICT_SUPERVISOR, "d:rm:" + compact, card);
    awaitIn(
        PHU_NGHIA_GROUP,
        c -> c.text().contains("nhắc") && c.text().contains(handed.code().toString()));

    press(BU_GIA_MAP_GROUP, DISTRICT_SUPERVISOR, "d:ea:" + compact, card);
    Eventually.await(
        "the card to offer the commune's officers",
        WAIT,
        () ->
            telegram
                .shown(BU_GIA_MAP_GROUP, card.messageId())
                .filter(c -> c.callbackData().contains("d:as:" + compact + ":" + OFFICER))
                .isPresent());
    press(BU_GIA_MAP_GROUP, DISTRICT_SUPERVISOR, "d:as:" + compact + ":" + OFFICER, card);
    awaitHolder(handed, String.valueOf(OFFICER));

    BotApiCall takenCard =
        awaitIn(
            BU_GIA_MAP_GROUP,
            c -> c.text().contains(taken.code().toString()) && c.text().contains("Chuyển cấp 1"));
    press(BU_GIA_MAP_GROUP, DISTRICT_SUPERVISOR, "d:to:" + taken.code().compact(), takenCard);
    awaitHolder(taken, String.valueOf(DISTRICT_SUPERVISOR));

    telegram.pushUpdate(Updates.text(DISTRICT_SUPERVISOR, "/stats"));
    BotApiCall stats = awaitIn(DISTRICT_SUPERVISOR, c -> c.text().contains("Thống kê"));
    assertThat(stats.text()).contains("Bù Gia Mập", "Xếp hạng", "Phú Nghĩa", "Tiếp nhận 2");

    telegram.pushUpdate(Updates.text(OFFICER, "/stats"));
    awaitIn(OFFICER, c -> c.text().contains("Chỉ trưởng ban"));

    Ticket waiting = report(6_500_000_003L, "Mẹ tôi khó thở tím tái ở xã Phú Nghĩa, cần oxy");
    Eventually.await(
        "the third ticket to be overdue",
        WAIT,
        () ->
            !tickets
                .find(waiting.code().toString())
                .orElseThrow()
                .history()
                .getLast()
                .kind()
                .equals(vn.hotline.ticket.HistoryEntry.Kind.FILED));
    telegram.pushUpdate(Updates.text(PROVINCE_SUPERVISOR, "/overdue"));
    BotApiCall overdue = awaitIn(PROVINCE_SUPERVISOR, c -> c.text().contains("Phiếu quá hạn"));
    assertThat(overdue.text()).contains(waiting.code().toString());
    assertThat(overdue.callbackData()).contains("d:sh:" + waiting.code().compact());

    JsonNode api = statsApi("unit=691&by=unit");
    assertThat(api.at("/total/received").asLong()).isEqualTo(3);
    assertThat(api.at("/total/acknowledged").asLong()).isEqualTo(2);
    assertThat(api.at("/total/escalated").asLong()).isGreaterThanOrEqualTo(2);
  }

  JsonNode statsApi(String query) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/stats?" + query))
            .header("Authorization", "Bearer " + KEY)
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }

  Ticket report(long citizen, String text) {
    telegram.pushUpdate(Updates.text(citizen, text));
    return Eventually.awaitValue(
        "a ticket for " + citizen,
        WAIT,
        () -> {
          var mine = tickets.reportedBy(Channel.TELEGRAM, String.valueOf(citizen), 5);
          return mine.isEmpty() ? null : mine.getFirst();
        });
  }

  void press(long chat, long user, String data, BotApiCall message) {
    telegram.pushUpdate(Updates.button(chat, user, data, message.messageId()));
  }

  void awaitHolder(Ticket ticket, String officer) {
    Eventually.await(
        ticket.code() + " to be held by " + officer,
        WAIT,
        () ->
            tickets
                .find(ticket.code().toString())
                .filter(t -> t.state() == TicketState.ACKNOWLEDGED)
                .filter(
                    t -> new OfficerId(Long.parseLong(officer)).equals(t.handling().assigneeId()))
                .isPresent());
  }

  BotApiCall awaitIn(long chat, Predicate<BotApiCall> wanted) {
    return Eventually.awaitValue(
        "a message to " + chat,
        WAIT,
        () ->
            telegram.sentTo(chat).stream()
                .filter(c -> c.text() != null && wanted.test(c))
                .findFirst()
                .orElse(null));
  }

  static Path config() {
    Path dir = SlaEscalationIT.configWithShortLimits();
    try {
      Files.writeString(
          dir.resolve("api-keys.yml"),
          "keys:\n  - {name: \"Province dashboard\", sha256: \"%s\", units: [\"70\"], scopes: [stats]}\n"
              .formatted(ApiKeys.sha256Hex(KEY)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }
}
