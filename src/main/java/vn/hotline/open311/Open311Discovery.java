package vn.hotline.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.hotline.messages.Messages;

/** The spec's discovery document: where the endpoints are, in which formats, whom to ask. */
final class Open311Discovery {
  /** When the endpoints last changed, as the spec's sortable changeset. */
  static final String CHANGESET = "2026-12-03T00:00:00Z";

  static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

  private Open311Discovery() {}

  static Open311Document document(String publicUrl, Messages messages, Locale locale) {
    Map<String, Object> endpoint = new LinkedHashMap<>();
    endpoint.put("specification", SPECIFICATION);
    endpoint.put("url", publicUrl.replaceAll("/+$", "") + "/open311/v2");
    endpoint.put("changeset", CHANGESET);
    endpoint.put("type", "production");
    endpoint.put(
        "formats", new Open311Document.Items("format", List.of("text/xml", "application/json")));
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("changeset", CHANGESET);
    fields.put("contact", messages.text(locale, "open311.discovery.contact"));
    fields.put("key_service", messages.text(locale, "open311.discovery.keyService"));
    fields.put("endpoints", new Open311Document.Items("endpoint", List.of(endpoint)));
    return new Open311Document.Single("discovery", fields);
  }
}
