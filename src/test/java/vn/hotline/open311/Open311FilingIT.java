package vn.hotline.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hotline.open311.Open311Calls.FILING_KEY;
import static vn.hotline.open311.Open311Calls.PARTNER_KEY;
import static vn.hotline.open311.Open311Calls.READER_KEY;
import static vn.hotline.open311.Open311Calls.childNames;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Element;
import vn.hotline.category.Priority;
import vn.hotline.config.BotConfig;
import vn.hotline.testing.FreePort;
import vn.hotline.ticket.Attachment;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Contact;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Tickets;
import vn.hotline.ticket.UncertainPlace;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;

/**
 * {@code POST requests} of the running service over HTTP, field by field as the spec defines it:
 * the answer in JSON and XML, every refusal (which stores nothing), the same request sent twice,
 * and the place settled from coordinates, an address id or the words.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Open311FilingIT implements TestPropertyProvider {
  static final String MARKET = "Chợ tự phát họp rất đông người ở xã Phú Nghĩa từ sáng";
  static final String MEDIA = "http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg";
  static final String PHONE = "0912 345 678";

  final int port = FreePort.find();
  final Open311Calls calls = new Open311Calls(port);

  @Inject Tickets tickets;
  @Inject BotConfig config;

  @Override
  public Map<String, String> getProperties() {
    return Open311Calls.serviceWithKeys("open311-filing").servedOn(port).withoutTelegram().map();
  }

  /** The spec's example request, with the hotline's service codes and places. */
  static Map<String, String> specExample(String description) {
    return fields(
        "api_key", PARTNER_KEY,
        "jurisdiction_id", "binhphuoc.gov.vn",
        "service_code", "SPONTANEOUS_MARKET",
        "lat", "12.0",
        "long", "106.95",
        "address_string", "Ấp 2, xã Phú Nghĩa",
        "email", "smit333@example.org",
        "device_id", "tt222111",
        "account_id", "123456",
        "first_name", "john",
        "last_name", "smith",
        "phone", PHONE,
        "description", description,
        "media_url", MEDIA,
        "attribute[WHISPAWN]", "123456");
  }

  @Test
  void theSpecsExampleIsFiledAndAnsweredWithItsCodeAndNoticeInJson() throws Exception {
    int before = stored();
    JsonNode answer = json(calls.post("requests.json", specExample(MARKET + " (json)")), 200);

    assertThat(answer).hasSize(1);
    List<String> names = new java.util.ArrayList<>();
    answer.get(0).fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("service_request_id", "service_notice");
    Ticket ticket = tickets.find(answer.get(0).get("service_request_id").asText()).orElseThrow();
    assertThat(stored()).isEqualTo(before + 1);
    assertThat(ticket.reported().category()).isEqualTo("SPONTANEOUS_MARKET");
    assertThat(ticket.reported().text()).isEqualTo(MARKET + " (json)");
    assertThat(ticket.whereabouts().placeOrUnit()).isEqualTo(new UnitCode("25267-02"));
    assertThat(ticket.whereabouts().unitCode()).isEqualTo(new UnitCode("25267"));
    assertThat(ticket.reported().reporter().channel()).isEqualTo(Channel.OPEN311);
    assertThat(ticket.reported().reporter().id()).isEqualTo("Partner");
    assertThat(ticket.reported().contact()).isEqualTo(Contact.NONE);
    assertThat(ticket.reported().attachments())
        .containsExactly(new Attachment(Attachment.MEDIA_URL, MEDIA, false));
    assertThat(answer.get(0).get("service_notice").asText())
        .matches(
            "Đã chuyển Trung tâm Chỉ huy Xã Phú Nghĩa \\(Huyện Bù Gia Mập\\); tiếp nhận trước"
                + " \\d\\d:\\d\\d \\d\\d/\\d\\d\\.");
  }

  @Test
  void theSpecsExampleIsAnsweredInXmlAndInEnglishWhenAsked() throws Exception {
    Map<String, String> example = specExample(MARKET + " (xml)");
    example.put("locale", "en");
    Element answer =
        xml(calls.post("requests.xml", example, "Accept", "text/xml"), 200, "service_requests");

    List<Element> requests = children(answer, "request");
    assertThat(requests).hasSize(1);
    assertThat(childNames(requests.getFirst()))
        .containsExactly("service_request_id", "service_notice");
    assertThat(tickets.find(text(requests.getFirst(), "service_request_id"))).isPresent();
    assertThat(text(requests.getFirst(), "service_notice"))
        .startsWith("Passed to the Command Centre of Xã Phú Nghĩa (Huyện Bù Gia Mập); taken up by");
  }

  @Test
  void aHelpRequestKeepsThePhoneAndAddressItWasGivenAndNeverAnswersThem() throws Exception {
    HttpResponse<String> attributes =
        calls.post(
            "requests.json",
            fields(
                "api_key", FILING_KEY,
                "service_code", "HELP_FOOD",
                "description", "Nhà tôi ở xã Phú Nghĩa hết gạo 3 ngày nay",
                "attribute[phone]", PHONE,
                "attribute[address]", "số 5 ấp 4",
                "attribute[color]", "ignored"));
    HttpResponse<String> topLevelPhone =
        calls.post(
            "requests.json",
            fields(
                "api_key", FILING_KEY,
                "service_code", "HELP_MEDICAL",
                "description", "Mẹ tôi ở xã Phú Nghĩa hết thuốc huyết áp",
                "phone", "+84912345679"));

    Ticket food = ticketOf(json(attributes, 200));
    Ticket medical = ticketOf(json(topLevelPhone, 200));
    assertThat(food.reported().contact()).isEqualTo(new Contact("0912345678", "số 5 ấp 4"));
    assertThat(medical.reported().contact()).isEqualTo(new Contact("+84912345679", ""));
    assertThat(attributes.body()).doesNotContain("0912345678", "345 678", "số 5");
  }

  @Test
  void everyRefusalIsTheSpecsErrorInEitherFormatAndStoresNothing() throws Exception {
    Map<String, String> good =
        fields("api_key", PARTNER_KEY, "service_code", "GATHERING", "description", MARKET);
    refused(without(good, "api_key"), 403, "api_key is required");
    refused(with(good, "api_key", "wrong-key"), 403, "api_key is not valid");
    refused(with(good, "api_key", READER_KEY), 403, "open311 scope");
    refused(with(good, "service_code", "NO_SUCH"), 404, "unknown service_code NO_SUCH");
    refused(without(good, "service_code"), 400, "service_code is required");
    refused(without(good, "description"), 400, "description is required");
    refused(with(good, "description", "  "), 400, "description is required");
    refused(with(good, "description", "x".repeat(4_001)), 400, "longer than 4,000");
    refused(with(good, "service_code", "HELP_FOOD"), 400, "attribute[phone] is required");
    refused(
        with(with(good, "service_code", "HELP_FOOD"), "attribute[phone]", "12"),
        400,
        "not a phone number");
    refused(with(good, "lat", "11.5"), 400, "lat and long must be sent together");
    refused(with(with(good, "lat", "north"), "long", "106.9"), 400, "decimal degrees");
    refused(with(with(good, "lat", "91"), "long", "106.9"), 400, "decimal degrees");
    refused(with(with(good, "lat", "NaN"), "long", "106.9"), 400, "decimal degrees");
    refused(with(good, "address_id", "99999"), 400, "unknown address_id 99999");
    refused(with(good, "media_url", "ftp://example.org/a.jpg"), 400, "media_url");
    refused(with(good, "media_url", "javascript:alert(1)"), 400, "media_url");
    refused(with(good, "media_url", "https://user:pw@example.org/a.jpg"), 400, "media_url");
    refused(with(good, "media_url", "https://example.org/" + "a".repeat(2_000)), 400, "media_url");
    refused(with(good, "locale", "fr"), 400, "locale must be vi or en");
    refused(good, 400, "Idempotency-Key is longer than 200", "Idempotency-Key", "k".repeat(201));
  }

  @Test
  void aBodyThatIsNotAFormAndAPathThatIsNotRequestsAreRefused() throws Exception {
    int before = stored();
    HttpResponse<String> notFound =
        calls.post(
            "services.json",
            fields("api_key", PARTNER_KEY, "service_code", "GATHERING", "description", MARKET));

    HttpResponse<String> asJson =
        calls.postAs(
            "requests.xml?api_key=" + PARTNER_KEY,
            "application/json",
            "{\"service_code\": \"GATHERING\", \"description\": \"" + MARKET + "\"}");

    assertThat(json(notFound, 404).get(0).get("code").asInt()).isEqualTo(404);
    assertThat(text(children(xml(asJson, 400, "errors"), "error").getFirst(), "description"))
        .contains("application/x-www-form-urlencoded");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void theSameIdempotencyKeyTwiceFilesOneTicketAndAnswersTheSame() throws Exception {
    Map<String, String> request =
        fields(
            "api_key", PARTNER_KEY,
            "service_code", "GATHERING",
            "description", "Đám cưới hơn 50 người ở xã Phú Nghĩa tối nay");
    int before = stored();
    HttpResponse<String> first =
        calls.post("requests.json", request, "Idempotency-Key", "call-2021-0910-0001");
    HttpResponse<String> again =
        calls.post("requests.json", request, "Idempotency-Key", "call-2021-0910-0001");
    HttpResponse<String> otherKey =
        calls.post("requests.json", request, "Idempotency-Key", "call-2021-0910-0002");

    assertThat(again.body()).isEqualTo(first.body());
    assertThat(ticketOf(json(otherKey, 200)).code())
        .isNotEqualTo(ticketOf(json(first, 200)).code());
    assertThat(stored()).isEqualTo(before + 2);
  }

  @Test
  void theSameFieldsTwiceWithoutAHeaderFileOneTicketAndOtherWordsAnother() throws Exception {
    Map<String, String> request =
        fields(
            "api_key",
            PARTNER_KEY,
            "service_code",
            "OUTSIDE_ARRIVAL",
            "description",
            "Có người từ TP HCM về ấp 2 xã Phú Nghĩa không khai báo y tế",
            "phone",
            PHONE);
    int before = stored();
    Ticket first = ticketOf(json(calls.post("requests.json", request), 200));
    Ticket again = ticketOf(json(calls.post("requests.json", request), 200));
    Ticket other =
        ticketOf(
            json(
                calls.post(
                    "requests.json",
                    with(request, "description", "Có 3 người từ Bình Dương về xã Phú Nghĩa")),
                200));

    assertThat(again.code()).isEqualTo(first.code());
    assertThat(other.code()).isNotEqualTo(first.code());
    assertThat(stored()).isEqualTo(before + 2);
  }

  @Test
  void aPointNarrowsACommuneNameToItsDistrictAndAnAddressIdSettlesThePlace() throws Exception {
    String wedding = "Đám cưới tụ tập đông người ở xã Tân Thành";
    Ticket byPoint =
        ticketOf(
            json(
                calls.post(
                    "requests.json",
                    fields(
                        "api_key", PARTNER_KEY,
                        "service_code", "GATHERING",
                        "description", wedding + " (điểm)",
                        "lat", "11.535",
                        "long", "106.883")),
                200));
    Ticket byAddressId =
        ticketOf(
            json(
                calls.post(
                    "requests.json",
                    fields(
                        "api_key", PARTNER_KEY,
                        "service_code", "GATHERING",
                        "description", "Đám cưới tụ tập đông người tối nay",
                        "address_id", "25318")),
                200));

    assertThat(byPoint.whereabouts().unitCode()).isEqualTo(new UnitCode("25207"));
    assertThat(UncertainPlace.of(byPoint)).isEmpty();
    JsonNode read = json(calls.get("requests/" + byPoint.code() + ".json"), 200).get(0);
    assertThat(read.get("lat").asDouble()).isEqualTo(11.54);
    assertThat(read.get("long").asDouble()).isEqualTo(106.88);
    assertThat(byAddressId.whereabouts().unitCode()).isEqualTo(new UnitCode("25318"));
  }

  @Test
  void aCommuneNamedInTwoDistrictsIsFiledWithItsPlaceOpenForOfficersToSettle() throws Exception {
    JsonNode answer =
        json(
            calls.post(
                "requests.json",
                fields(
                    "api_key", PARTNER_KEY,
                    "service_code", "GATHERING",
                    "description", "Có đám cưới tụ tập hơn 50 người ở xã Tân Thành tối nay")),
            200);

    Ticket ticket = ticketOf(answer);
    assertThat(UncertainPlace.of(ticket).orElseThrow().candidates())
        .containsExactlyInAnyOrder(new UnitCode("25207"), new UnitCode("25318"));
    assertThat(answer.get(0).get("service_notice").asText())
        .startsWith("Chưa rõ xã, phường: đã tạm chuyển Trung tâm Chỉ huy Tỉnh Bình Phước");
  }

  @Test
  void aRequestWithoutAnyPlaceIsStillFiledInTheProvincesQueue() throws Exception {
    Ticket ticket =
        ticketOf(
            json(
                calls.post(
                    "requests.json",
                    fields(
                        "api_key", FILING_KEY,
                        "service_code", "MISINFORMATION",
                        "description", "Tin nhắn lan truyền nói uống nước muối chữa được Covid")),
                200));

    assertThat(ticket.whereabouts().unitCode()).isEqualTo(config.units().root().code());
  }

  @Test
  void anUrgentReportIsAnsweredWith115First() throws Exception {
    JsonNode answer =
        json(
            calls.post(
                "requests.json",
                fields(
                    "api_key", PARTNER_KEY,
                    "service_code", "SUSPECTED_CASE",
                    "description", "Bố tôi khó thở, spo2 chỉ còn 88, nhà ở xã Phú Nghĩa, cứu với")),
            200);

    assertThat(ticketOf(answer).reported().priority()).isEqualTo(Priority.URGENT);
    assertThat(answer.get(0).get("service_notice").asText())
        .startsWith("Nếu có người khó thở")
        .contains("gọi ngay 115", "Đã chuyển Trung tâm Chỉ huy Xã Phú Nghĩa");
  }

  /** Posts the fields to both formats: each refused with the status and words, nothing stored. */
  void refused(Map<String, String> fields, int status, String says, String... headers)
      throws Exception {
    int before = stored();
    JsonNode error = json(calls.post("requests.json", fields, headers), status).get(0);
    Element xmlError =
        children(xml(calls.post("requests.xml", fields, headers), status, "errors"), "error")
            .getFirst();

    assertThat(error.get("code").asInt()).isEqualTo(status);
    assertThat(error.get("description").asText()).contains(says);
    assertThat(text(xmlError, "code")).isEqualTo(String.valueOf(status));
    assertThat(text(xmlError, "description")).contains(says);
    assertThat(stored()).as("tickets after: " + says).isEqualTo(before);
  }

  Ticket ticketOf(JsonNode answer) {
    return tickets.find(answer.get(0).get("service_request_id").asText()).orElseThrow();
  }

  int stored() {
    List<UnitCode> all = config.units().all().stream().map(Unit::code).toList();
    return tickets.latestIn(all, 100_000).size();
  }

  static Map<String, String> with(Map<String, String> fields, String name, String value) {
    Map<String, String> changed = new java.util.LinkedHashMap<>(fields);
    changed.put(name, value);
    return changed;
  }

  static Map<String, String> without(Map<String, String> fields, String name) {
    Map<String, String> changed = new java.util.LinkedHashMap<>(fields);
    changed.remove(name);
    return changed;
  }
}
