package vn.hotline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.notify.Delivery;
import vn.hotline.telegram.TelegramSettings;
import vn.hotline.web.WebServiceProperties;

/**
 * Without {@code DEMO=true} the demo does not exist: no stand-in, no chats, no players, and its
 * page is closed like any other.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoOffIT implements TestPropertyProvider {
  @Inject ApplicationContext context;
  @Inject TelegramSettings telegram;
  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    return WebServiceProperties.dataIn("demo-off").withoutTelegram().map();
  }

  @Test
  void withoutTheSettingNothingOfTheDemoIsStartedAndTelegramStaysOff() {
    assertThat(context.getProperty("hotline.demo.enabled", Boolean.class)).hasValue(false);
    assertThat(context.containsBean(DemoBotApi.class)).isFalse();
    assertThat(context.containsBean(DemoChats.class)).isFalse();
    assertThat(context.containsBean(DemoPlayer.class)).isFalse();
    assertThat(context.containsBean(Delivery.class)).isFalse();
    assertThat(telegram.enabled()).isFalse();
  }

  @Test
  void theDemoPageIsNotOpenWithoutTheSetting() throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      HttpResponse<String> page =
          http.send(
              HttpRequest.newBuilder(server.getURI().resolve("/demo"))
                  .header("Accept", "text/html")
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(page.statusCode()).isEqualTo(303);
      assertThat(page.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).startsWith("/signin"));
    }
  }
}
