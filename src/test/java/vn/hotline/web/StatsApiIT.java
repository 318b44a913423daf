package vn.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.report.Split;
import vn.hotline.report.StatsQuery;
import vn.hotline.testing.TempDirs;
import vn.hotline.unit.UnitCode;

@MicronautTest(environments = KnownStatistics.ENV)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatsApiIT implements TestPropertyProvider {
  static final String DISTRICT_KEY = "district-691-key";
  static final String TICKETS_ONLY_KEY = "province-tickets-key";
  static final List<String> FIGURES =
      List.of(
          "received",
          "acknowledged",
          "resolved",
          "closed",
          "rejected",
          "duplicates",
          "openNow",
          "overdueNow",
          "ackWithinSla",
          "ackWithinSlaPct",
          "resolvedWithinSla",
          "resolvedWithinSlaPct",
          "ackMedianSeconds",
          "ackP90Seconds",
          "resolveMedianSeconds",
          "resolveP90Seconds",
          "escalated",
          "reopened",
          "confirmed",
          "notSolved");
  static final String SEPTEMBER = "unit=691&from=2021-09-01&to=2021-09-30";

  @Inject EmbeddedServer server;
  @Inject KnownStatistics statistics;
  ApiCalls api;

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "hotline.data-dir",
        TempDirs.create("hotline-stats-api").toString(),
        "hotline.bot-config-dir",
        ApiCalls.configWithKeys(
                "District 691",
                DISTRICT_KEY,
                "[\"691\"]",
                "[stats, tickets]",
                "Province tickets",
                TICKETS_ONLY_KEY,
                "[\"70\"]",
                "[tickets]")
            .toString());
  }

  @BeforeAll
  void client() throws Exception {
    api = new ApiCalls(URI.create(server.getURL().toString() + "/"));
  }

  @Test
  void noKeyOrAWrongKeyIsUnauthorisedWithABearerChallenge() throws Exception {
    for (String key : new String[] {null, "not-a-key", DISTRICT_KEY + "x"}) {
      var response = api.get("api/v1/stats?" + SEPTEMBER, key);
      assertThat(response.statusCode()).as(String.valueOf(key)).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }
    assertThat(api.get("api/v1/stats.csv?" + SEPTEMBER, null).statusCode()).isEqualTo(401);
  }

  @Test
  void aUnitOutsideTheKeyIsForbidden() throws Exception {
    JsonNode error = api.refusal("api/v1/stats?unit=70", DISTRICT_KEY, 403);
    assertThat(error.get("parameter").asText()).isEqualTo("unit");
    assertThat(api.get("api/v1/stats.xlsx?unit=692", DISTRICT_KEY).statusCode()).isEqualTo(403);
  }

  @Test
  void aKeyWithoutTheStatsScopeIsForbidden() throws Exception {
    JsonNode error = api.refusal("api/v1/stats?unit=691", TICKETS_ONLY_KEY, 403);
    assertThat(error.get("error").asText()).contains("stats");
  }

  @Test
  void badParametersAreNamedInTheError() throws Exception {
    assertThat(
            api.refusal("api/v1/stats?unit=691&from=2021-13-01", DISTRICT_KEY, 400)
                .get("parameter")
                .asText())
        .isEqualTo("from");
    assertThat(
            api.refusal("api/v1/stats?unit=691&by=week", DISTRICT_KEY, 400)
                .get("parameter")
                .asText())
        .isEqualTo("by");
    assertThat(api.refusal("api/v1/stats?unit=6919", DISTRICT_KEY, 400).get("parameter").asText())
        .isEqualTo("unit");
    assertThat(
            api.refusal("api/v1/stats?unit=691&from=2021-09-30&to=2021-09-01", DISTRICT_KEY, 400)
                .get("parameter")
                .asText())
        .isEqualTo("to");
    assertThat(
            api.refusal("api/v1/stats?unit=691&from=2020-01-01&to=2021-01-01", DISTRICT_KEY, 400)
                .get("parameter")
                .asText())
        .isEqualTo("to");
  }

  @Test
  void aUnitBelowTheKeysUnitIsAnsweredWithTheDefaultsOfTodayAndByUnit() throws Exception {
    JsonNode body = api.json("api/v1/stats?unit=25225", DISTRICT_KEY);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(statistics.lastQuery.get())
        .isEqualTo(new StatsQuery(new UnitCode("25225"), today, today, Split.UNIT));
    assertThat(body.get("by").asText()).isEqualTo("unit");
  }

  @Test
  void jsonHasTheUnitPeriodAndExactlyTheTwentyFiguresInTotalAndRows() throws Exception {
    JsonNode body = api.json("api/v1/stats?" + SEPTEMBER + "&by=category", DISTRICT_KEY);
    assertThat(statistics.lastQuery.get())
        .isEqualTo(
            new StatsQuery(
                new UnitCode("691"),
                LocalDate.of(2021, 9, 1),
                LocalDate.of(2021, 9, 30),
                Split.CATEGORY));
    assertThat(fields(body))
        .containsExactly("unit", "from", "to", "timeZone", "by", "total", "rows");
    assertThat(body.get("unit").get("code").asText()).isEqualTo("691");
    assertThat(body.get("unit").get("name").asText()).isEqualTo("Huyện Bù Gia Mập");
    assertThat(body.get("from").asText()).isEqualTo("2021-09-01");
    assertThat(body.get("to").asText()).isEqualTo("2021-09-30");
    assertThat(body.get("timeZone").asText()).isEqualTo("Asia/Ho_Chi_Minh");
    assertThat(fields(body.get("total"))).containsExactlyElementsOf(FIGURES);
    assertThat(body.get("total").get("ackWithinSlaPct").asDouble()).isEqualTo(83.3);
    assertThat(body.get("rows")).hasSize(2);
    List<String> rowFields = new ArrayList<>(List.of("key", "name"));
    rowFields.addAll(FIGURES);
    for (JsonNode row : body.get("rows")) {
      assertThat(fields(row)).containsExactlyElementsOf(rowFields);
    }
    JsonNode empty = body.get("rows").get(1);
    assertThat(empty.get("ackMedianSeconds").isNull()).as("nulls are kept").isTrue();
    assertThat(empty.get("resolvedWithinSlaPct").isNull()).isTrue();
  }

  @Test
  void csvAndXlsxHoldTheTotalThenTheRowsOfTheJson() throws Exception {
    JsonNode body = api.json("api/v1/stats?" + SEPTEMBER, DISTRICT_KEY);
    List<JsonNode> expected = new ArrayList<>();
    ObjectNode total = ApiCalls.JSON.createObjectNode();
    total.put("key", "total");
    total.put("name", "Huyện Bù Gia Mập");
    total.setAll((ObjectNode) body.get("total"));
    expected.add(total);
    body.get("rows").forEach(expected::add);

    ApiCalls.assertSameRows(expected, api.csv("api/v1/stats.csv?" + SEPTEMBER, DISTRICT_KEY));
    ApiCalls.assertSameRows(expected, api.xlsx("api/v1/stats.xlsx?" + SEPTEMBER, DISTRICT_KEY));
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
