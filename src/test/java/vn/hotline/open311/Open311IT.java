package vn.hotline.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hotline.open311.Open311Calls.children;
import static vn.hotline.open311.Open311Calls.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Element;
import vn.hotline.access.ApiKeys;
import vn.hotline.category.Categories;
import vn.hotline.category.Priority;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;
import vn.hotline.ticket.Drafts;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Tickets;
import vn.hotline.web.WebServiceProperties;

/** Every Open311 endpoint of the running service, in JSON and XML, in the spec's shapes. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Open311IT implements TestPropertyProvider {
  static final String DISTRICT_KEY = "district-691-tickets";
  static final String PERIOD = "start_date=2021-09-01T00:00:00%2B07:00&end_date=2021-10-01";
  static final Instant FILED = Instant.parse("2021-09-20T03:00:00Z");

  final int port = FreePort.find();
  final Open311Calls calls = new Open311Calls(port);
  final HttpClient client = HttpClient.newHttpClient();

  @Inject Tickets tickets;
  @Inject Categories categories;
  Ticket help;
  Ticket market;

  @Override
  public Map<String, String> getProperties() {
    String keys =
        "keys:\n  - {name: \"District\", sha256: \"%s\", units: [\"691\"], scopes: [tickets]}\n"
            .formatted(ApiKeys.sha256Hex(DISTRICT_KEY));
    return WebServiceProperties.dataIn("open311")
        .servedOn(port)
        .withoutTelegram()
        .botConfig(
            WebServiceProperties.copyOfBotConfig("open311-config", "api-keys.yml", old -> keys))
        .map();
  }

  @BeforeAll
  void fileTickets() {
    Ticket filed =
        tickets.file(Drafts.draft("25267", Priority.NORMAL, FILED, "chợ tự phát ở ấp 2"));
    Ticket other =
        tickets.file(Drafts.draft("25216", Priority.NORMAL, FILED.plusSeconds(60), "chợ Thác Mơ"));
    help = filed;
    market = rejectedLastChange(other);
  }

  /**
   * Rejects the ticket; the service may mark it overdue meanwhile (it was filed long ago), so the
   * rejection is made again on the stored ticket until it is saved.
   */
  Ticket rejectedLastChange(Ticket filed) {
    return Eventually.awaitValue(
        "the rejection saved",
        Duration.ofSeconds(10),
        () -> {
          Ticket current = tickets.find(filed.code()).orElseThrow();
          Ticket rejected =
              Open311RequestsTest.applied(
                  current.reject(
                      Open311RequestsTest.OFFICER, "không đúng địa bàn", FILED.plusSeconds(120)));
          return tickets.replace(current, rejected) ? rejected : null;
        });
  }

  HttpResponse<String> get(String path) throws Exception {
    return calls.get(path);
  }

  JsonNode json(String path, int status) throws Exception {
    return Open311Calls.json(get(path), status);
  }

  Element xml(String path, int status, String root) throws Exception {
    return Open311Calls.xml(get(path), status, root);
  }

  @Test
  void discoveryNamesTheEndpointAndBothFormats() throws Exception {
    JsonNode endpoint = json("discovery.json", 200).get("endpoints").get(0);
    Element xmlEndpoint =
        children(
                children(xml("discovery.xml", 200, "discovery"), "endpoints").getFirst(),
                "endpoint")
            .getFirst();

    assertThat(endpoint.get("url").asText())
        .isEqualTo(WebServiceProperties.base(port) + "/open311/v2");
    assertThat(endpoint.get("formats").toString()).contains("text/xml", "application/json");
    assertThat(children(children(xmlEndpoint, "formats").getFirst(), "format")).hasSize(2);
    assertThat(text(xmlEndpoint, "specification")).isEqualTo(Open311Discovery.SPECIFICATION);
  }

  @Test
  void servicesAreTheCategoriesInEitherLanguage() throws Exception {
    JsonNode services = json("services.json?locale=en", 200);
    Element xmlServices = xml("services.xml", 200, "services");

    assertThat(services).hasSize(categories.all().size());
    assertThat(children(xmlServices, "service")).hasSize(categories.all().size());
    JsonNode first = services.get(0);
    List<String> fields = new ArrayList<>();
    first.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactlyInAnyOrder(
            "service_code", "service_name", "description", "metadata", "type", "keywords", "group");
    assertThat(first.get("service_name").asText())
        .isEqualTo(categories.get(first.get("service_code").asText()).nameEn());
    assertThat(text(children(xmlServices, "service").getFirst(), "service_name"))
        .isEqualTo(categories.get(first.get("service_code").asText()).nameVi());
  }

  @Test
  void theExtensionChoosesTheFormatWhateverTheClientAccepts() throws Exception {
    for (String path : List.of("services.xml", "services/HELP_FOOD.xml", "discovery.xml")) {
      HttpResponse<String> answer =
          client.send(
              HttpRequest.newBuilder(
                      URI.create(WebServiceProperties.base(port) + "/open311/v2/" + path))
                  .header("Accept", "text/xml")
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(answer.statusCode()).as(path).isEqualTo(200);
      assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).contains("xml");
    }
  }

  @Test
  void aHelpServiceAsksForPhoneAndAddressAndAnUnknownOneIsNotFound() throws Exception {
    JsonNode definition = json("services/HELP_FOOD.json", 200);
    Element xmlDefinition = xml("services/HELP_FOOD.xml", 200, "service_definition");
    JsonNode unknown = json("services/NO_SUCH.json", 404);
    Element xmlUnknown = xml("services/NO_SUCH.xml", 404, "errors");

    assertThat(definition.get("service_code").asText()).isEqualTo("HELP_FOOD");
    assertThat(definition.get("attributes").findValuesAsText("code"))
        .containsExactly("phone", "address");
    assertThat(children(children(xmlDefinition, "attributes").getFirst(), "attribute")).hasSize(2);
    assertThat(unknown.get(0).get("code").asInt()).isEqualTo(404);
    assertThat(text(children(xmlUnknown, "error").getFirst(), "code")).isEqualTo("404");
  }

  @Test
  void requestsArePublicWithoutWhatWasReportedOrWhoReportedIt() throws Exception {
    HttpResponse<String> raw = get("requests.json?" + PERIOD);
    JsonNode requests = json("requests.json?" + PERIOD, 200);
    Element xmlRequests = xml("requests.xml?" + PERIOD, 200, "service_requests");

    assertThat(requests.findValuesAsText("service_request_id"))
        .containsExactlyInAnyOrder(help.code().toString(), market.code().toString());
    assertThat(children(xmlRequests, "request")).hasSize(2);
    assertThat(raw.body()).doesNotContain("chợ tự phát", "description", "media_url", "4242");
    JsonNode first = requests.get(0);
    assertThat(first.get("status").asText()).isEqualTo("closed");
    assertThat(first.get("agency_responsible").asText()).isEqualTo("Phường Thác Mơ");
    assertThat(first.get("requested_datetime").asText()).isEqualTo("2021-09-20T10:01:00+07:00");
  }

  @Test
  void aTicketsKeyReadsWhatWasReportedOnlyInItsUnits() throws Exception {
    JsonNode requests = json("requests.json?" + PERIOD + "&api_key=" + DISTRICT_KEY, 200);

    for (JsonNode request : requests) {
      boolean inDistrict =
          request.get("service_request_id").asText().equals(help.code().toString());
      assertThat(request.has("description")).isEqualTo(inDistrict);
    }
    assertThat(json("requests.json?api_key=wrong", 403).get(0).get("code").asInt()).isEqualTo(403);
  }

  @Test
  void requestsAreFilteredByStatusAndServiceAndBadParametersRefused() throws Exception {
    assertThat(json("requests.json?" + PERIOD + "&status=open", 200).findValuesAsText("status"))
        .containsExactly("open");
    assertThat(json("requests.json?" + PERIOD + "&service_code=HELP_FOOD", 200)).isEmpty();
    assertThat(json("requests.json?start_date=yesterday", 400).get(0).get("code").asInt())
        .isEqualTo(400);
    Element error =
        children(xml("requests.xml?service_code=NO_SUCH", 400, "errors"), "error").getFirst();
    assertThat(text(error, "description")).contains("NO_SUCH");
  }

  @Test
  void oneRequestIsAListOfOneAndAnUnknownOneIsNotFound() throws Exception {
    JsonNode one = json("requests/" + help.code() + ".json", 200);
    Element xmlOne = xml("requests/" + help.code() + ".xml", 200, "service_requests");

    assertThat(one).hasSize(1);
    assertThat(one.get(0).get("service_request_id").asText()).isEqualTo(help.code().toString());
    assertThat(one.get(0).get("address").asText()).isEqualTo("Xã Phú Nghĩa");
    assertThat(one.get(0).has("lat")).isFalse();
    assertThat(text(children(xmlOne, "request").getFirst(), "status")).isEqualTo("open");
    assertThat(json("requests/PN-ZZZZ.json", 404).get(0).get("code").asInt()).isEqualTo(404);
  }

  @Test
  void expectedTimeIsTheResolveByOfTheTicket() throws Exception {
    JsonNode one = json("requests/" + help.code() + ".json", 200).get(0);

    assertThat(one.get("expected_datetime").asText()).isEqualTo("2021-09-23T10:00:00+07:00");
  }
}
