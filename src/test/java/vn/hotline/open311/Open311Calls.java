package vn.hotline.open311;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import vn.hotline.access.ApiKeys;
import vn.hotline.web.WebServiceProperties;

/** Calls to the Open311 endpoints of a running service, as a partner's system makes them. */
final class Open311Calls {
  static final ObjectMapper JSON = new ObjectMapper();

  /** A key with the open311 scope over the whole province, that also reads what was reported. */
  static final String PARTNER_KEY = "partner-open311-and-tickets";

  /** A key with the open311 scope only. */
  static final String FILING_KEY = "call-centre-open311";

  /** A key that reads tickets but may not file. */
  static final String READER_KEY = "district-691-tickets-only";

  private final String base;
  private final HttpClient client = HttpClient.newHttpClient();

  Open311Calls(int port) {
    this.base = WebServiceProperties.base(port) + "/open311/v2/";
  }

  /** The keys above, as {@code api-keys.yml} lists them. */
  static String keysYaml() {
    return "keys:\n"
        + "  - {name: \"Partner\", sha256: \"%s\", units: [\"70\"], scopes: [open311, tickets]}\n"
            .formatted(ApiKeys.sha256Hex(PARTNER_KEY))
        + "  - {name: \"Call centre\", sha256: \"%s\", units: [\"691\"], scopes: [open311]}\n"
            .formatted(ApiKeys.sha256Hex(FILING_KEY))
        + "  - {name: \"Reader\", sha256: \"%s\", units: [\"691\"], scopes: [tickets]}\n"
            .formatted(ApiKeys.sha256Hex(READER_KEY));
  }

  /** A service whose {@code api-keys.yml} holds the keys above, its data in a new directory. */
  static WebServiceProperties serviceWithKeys(String name) {
    return WebServiceProperties.dataIn(name)
        .botConfig(
            WebServiceProperties.copyOfBotConfig(
                name + "-config", "api-keys.yml", old -> Open311Calls.keysYaml()));
  }

  /** Fields in the order given, as a form sends them. */
  static Map<String, String> fields(String... namesAndValues) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }

  static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  HttpResponse<String> post(String path, Map<String, String> fields, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields), StandardCharsets.UTF_8));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A POST of {@code body} as {@code contentType}, not a form. */
  HttpResponse<String> postAs(String path, String contentType, String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode json(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .isEqualTo("application/json; charset=utf-8");
    return JSON.readTree(response.body());
  }

  static Element xml(HttpResponse<String> response, int status, String root) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .isEqualTo("text/xml; charset=utf-8");
    assertThat(response.body()).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
    Element element =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
    assertThat(element.getTagName()).isEqualTo(root);
    return element;
  }

  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  /** The names of the element's children, in order. */
  static List<String> childNames(Element parent) {
    List<String> names = new ArrayList<>();
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        names.add(element.getTagName());
      }
    }
    return names;
  }

  static String text(Element parent, String name) {
    return children(parent, name).getFirst().getTextContent();
  }
}
