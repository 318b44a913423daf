package vn.hotline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.notify.Delivery;
import vn.hotline.telegram.TelegramSettings;
import vn.hotline.testing.TempDirs;

/** Without {@code DEMO=true} the demo does not exist: no stand-in, no chats, no players. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoOffIT implements TestPropertyProvider {
  @Inject ApplicationContext context;
  @Inject TelegramSettings telegram;

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "hotline.telegram.token", "", "hotline.data-dir", TempDirs.create("demo-off").toString());
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
}
