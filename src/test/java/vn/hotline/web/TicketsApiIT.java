package vn.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.category.Priority;
import vn.hotline.roster.OfficerId;
import vn.hotline.testing.TempDirs;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Contact;
import vn.hotline.ticket.Deadlines;
import vn.hotline.ticket.Drafts;
import vn.hotline.ticket.NewTicket;
import vn.hotline.ticket.Reported;
import vn.hotline.ticket.Reporter;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Tickets;
import vn.hotline.ticket.Transition;
import vn.hotline.ticket.Whereabouts;
import vn.hotline.unit.UnitCode;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketsApiIT implements TestPropertyProvider {
  static final String DISTRICT_KEY = "district-691-tickets";
  static final String STATS_ONLY_KEY = "district-691-stats";
  static final String SEPTEMBER = "unit=691&from=2021-09-01&to=2021-09-30";
  static final Instant FIRST_FILED = Instant.parse("2021-09-10T01:00:00Z");
  static final int MARKET_REPORTS = 101;
  static final String REPORTER_ID = "5550001234";
  static final String PHONE = "0912345678";
  static final String ADDRESS = "12 đường Lê Lợi";

  @Inject EmbeddedServer server;
  @Inject Tickets tickets;
  ApiCalls api;
  Ticket helpRequest;

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "hotline.data-dir",
        TempDirs.create("hotline-tickets-api").toString(),
        "hotline.bot-config-dir",
        ApiCalls.configWithKeys(
                "District tickets",
                DISTRICT_KEY,
                "[\"691\"]",
                "[tickets]",
                "District stats",
                STATS_ONLY_KEY,
                "[\"691\"]",
                "[stats]")
            .toString());
  }

  @BeforeAll
  void fileTickets() throws Exception {
    api = new ApiCalls(URI.create(server.getURL().toString() + "/"));
    for (int i = 0; i < MARKET_REPORTS; i++) {
      tickets.file(
          Drafts.draft(
              "25267",
              Priority.NORMAL,
              FIRST_FILED.plus(Duration.ofMinutes(i)),
              "chợ tự phát " + i));
    }
    // Outside the key's district, and outside the period.
    tickets.file(Drafts.draft("25216", Priority.NORMAL, FIRST_FILED, "chợ ở Thác Mơ"));
    tickets.file(
        Drafts.draft("25267", Priority.NORMAL, Instant.parse("2021-10-05T01:00:00Z"), "tháng 10"));
    Instant filed = Instant.parse("2021-09-20T03:00:00Z");
    Ticket help =
        tickets.file(
            new NewTicket(
                "test:help",
                "DO",
                new Whereabouts(new UnitCode("25225"), new UnitCode("25225-02")),
                new Reported(
                    "HELP_FOOD",
                    Priority.HIGH,
                    "nhà tôi hết gạo",
                    List.of(),
                    new Reporter(Channel.TELEGRAM, REPORTER_ID),
                    new Contact(PHONE, ADDRESS),
                    0.9),
                new Deadlines(
                    filed, filed.plus(Duration.ofMinutes(30)), filed.plus(Duration.ofHours(24)))));
    Transition claimed =
        help.acknowledge(
            Actor.officer(new OfficerId(100003), "Phạm Văn Dũng"), filed.plusSeconds(600));
    helpRequest = ((Transition.Applied) claimed).ticket();
    assertThat(tickets.replace(help, helpRequest)).isTrue();
  }

  @Test
  void keysWithoutTheTicketsScopeOrAnyKeyAreTurnedAway() throws Exception {
    assertThat(api.get("api/v1/tickets?" + SEPTEMBER, null).statusCode()).isEqualTo(401);
    assertThat(
            api.refusal("api/v1/tickets?" + SEPTEMBER, STATS_ONLY_KEY, 403).get("error").asText())
        .contains("tickets");
    assertThat(
            api.refusal("api/v1/tickets.csv?unit=70", DISTRICT_KEY, 403).get("parameter").asText())
        .isEqualTo("unit");
    assertThat(
            api.refusal("api/v1/tickets?" + SEPTEMBER + "&page=0", DISTRICT_KEY, 400)
                .get("parameter")
                .asText())
        .isEqualTo("page");
    assertThat(
            api.refusal("api/v1/tickets?" + SEPTEMBER + "&state=LOST", DISTRICT_KEY, 400)
                .get("parameter")
                .asText())
        .isEqualTo("state");
  }

  @Test
  void listsTheDistrictsTicketsOfThePeriodNewestFirstAHundredAPage() throws Exception {
    JsonNode first = api.json("api/v1/tickets?" + SEPTEMBER, DISTRICT_KEY);
    assertThat(first.get("page").asInt()).isEqualTo(1);
    assertThat(first.get("pageSize").asInt()).isEqualTo(100);
    assertThat(first.get("hasMore").asBoolean()).isTrue();
    assertThat(first.get("tickets")).hasSize(100);
    assertThat(first.get("tickets").get(0).get("code").asText())
        .isEqualTo(helpRequest.code().toString());
    assertThat(first.get("tickets").get(1).get("text").asText()).isEqualTo("chợ tự phát 100");

    JsonNode second = api.json("api/v1/tickets?" + SEPTEMBER + "&page=2", DISTRICT_KEY);
    assertThat(second.get("hasMore").asBoolean()).isFalse();
    assertThat(second.get("tickets")).hasSize(MARKET_REPORTS + 1 - 100);
    assertThat(second.get("tickets").get(1).get("text").asText()).isEqualTo("chợ tự phát 0");
  }

  @Test
  void filtersByStateAndCategoryAndShowsTheWorkDoneWithoutTheReporter() throws Exception {
    JsonNode body =
        api.json(
            "api/v1/tickets?" + SEPTEMBER + "&state=acknowledged&category=HELP_FOOD", DISTRICT_KEY);
    assertThat(body.get("tickets")).hasSize(1);
    JsonNode ticket = body.get("tickets").get(0);
    assertThat(ticket.get("code").asText()).isEqualTo(helpRequest.code().toString());
    assertThat(ticket.get("unitCode").isTextual()).as("a unit code is bare text").isTrue();
    assertThat(ticket.get("unitCode").asText()).isEqualTo("25225");
    assertThat(ticket.get("unitName").asText()).isEqualTo("Xã Đak Ơ");
    assertThat(ticket.get("placeCode").asText()).isEqualTo("25225-02");
    assertThat(ticket.get("state").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(ticket.get("priority").asText()).isEqualTo("HIGH");
    assertThat(ticket.get("filedAt").asText()).isEqualTo("2021-09-20T10:00:00+07:00");
    assertThat(ticket.get("acknowledgedAt").asText()).isEqualTo("2021-09-20T10:10:00+07:00");
    assertThat(ticket.get("resolvedAt").isNull()).isTrue();
    assertThat(ticket.get("assignee").asText()).isEqualTo("Phạm Văn Dũng");
    assertThat(body.toString()).doesNotContain(REPORTER_ID, PHONE, ADDRESS, "telegram");

    assertThat(
            api.json("api/v1/tickets?" + SEPTEMBER + "&state=NEW&category=HELP_FOOD", DISTRICT_KEY)
                .get("tickets"))
        .isEmpty();
  }

  @Test
  void csvAndXlsxExportEveryMatchAsTheJsonListsIt() throws Exception {
    List<JsonNode> listed = new ArrayList<>();
    api.json("api/v1/tickets?" + SEPTEMBER, DISTRICT_KEY).get("tickets").forEach(listed::add);
    api.json("api/v1/tickets?" + SEPTEMBER + "&page=2", DISTRICT_KEY)
        .get("tickets")
        .forEach(listed::add);

    List<List<String>> csv = api.csv("api/v1/tickets.csv?" + SEPTEMBER, DISTRICT_KEY);
    ApiCalls.assertSameRows(listed, csv);
    List<List<Object>> xlsx = api.xlsx("api/v1/tickets.xlsx?" + SEPTEMBER, DISTRICT_KEY);
    ApiCalls.assertSameRows(listed, xlsx);
    assertThat(csv.toString()).doesNotContain(REPORTER_ID, PHONE, ADDRESS, "telegram");
    assertThat(xlsx.toString()).doesNotContain(REPORTER_ID, PHONE, ADDRESS, "telegram");
  }
}
