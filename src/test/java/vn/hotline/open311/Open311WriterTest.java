package vn.hotline.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Open311WriterTest {

  @Test
  void xmlEscapesMarkupAndDropsCharactersXmlCannotCarry() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("description", "<b>chợ</b> & \"đông\" 'lắm'\u0001");
    String xml =
        Open311Writer.xml(
            new Open311Document.Listing("service_requests", "request", List.of(fields)));

    assertThat(xml)
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><service_requests><request><description>"
                + "&lt;b&gt;chợ&lt;/b&gt; &amp; &quot;đông&quot; &apos;lắm&apos;"
                + "</description></request></service_requests>");
  }

  @Test
  void nestedListsAreJsonArraysAndXmlElementsOfNamedItems() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("service_code", "HELP_FOOD");
    fields.put(
        "attributes", new Open311Document.Items("attribute", List.of(Map.of("code", "phone"))));
    Open311Document document = new Open311Document.Single("service_definition", fields);

    assertThat(Open311Writer.json(document))
        .isEqualTo("{\"service_code\":\"HELP_FOOD\",\"attributes\":[{\"code\":\"phone\"}]}");
    assertThat(Open311Writer.xml(document))
        .endsWith(
            "<service_definition><service_code>HELP_FOOD</service_code><attributes><attribute>"
                + "<code>phone</code></attribute></attributes></service_definition>");
  }

  @Test
  void errorsAreAListOfCodeAndDescription() {
    Open311Document errors = Open311Error.notFound("unknown service_code X").document();

    assertThat(Open311Writer.json(errors))
        .isEqualTo("[{\"code\":404,\"description\":\"unknown service_code X\"}]");
    assertThat(Open311Writer.xml(errors))
        .endsWith(
            "<errors><error><code>404</code><description>unknown service_code X</description>"
                + "</error></errors>");
  }
}
