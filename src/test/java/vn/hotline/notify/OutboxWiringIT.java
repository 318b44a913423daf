package vn.hotline.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.notify.OutboxQueue.State;
import vn.hotline.telegram.FakeBotApi;
import vn.hotline.testing.Eventually;

/** The outbox and its sender as the service wires them. */
class OutboxWiringIT {
  static final long LAN = 6123457001L;

  @TempDir Path dataDir;

  @Test
  void withATokenTheSenderRunsWithTheApplicationAndDeliversWhatIsQueued() {
    try (FakeBotApi telegram = FakeBotApi.start()) {
      Map<String, Object> properties = properties();
      properties.putAll(telegram.properties());
      try (ApplicationContext context = ApplicationContext.run(properties)) {
        assertThat(context.findBean(Sender.class)).isPresent();
        context
            .getBean(Outbox.class)
            .enqueue(List.of(OutboundMessage.text("hello", LAN, "Xin chào", null)));
        assertThat(telegram.awaitMessages(LAN, 1, Duration.ofSeconds(10)))
            .extracting(call -> call.text())
            .containsExactly("Xin chào");
      }
      Eventually.await(
          "the sender's threads to end",
          Duration.ofSeconds(15),
          () ->
              Thread.getAllStackTraces().keySet().stream()
                  .noneMatch(t -> t.getName().startsWith("outbox-")));
    }
  }

  @Test
  void withoutATokenNothingIsSentAndMessagesWaitInTheOutbox() {
    Map<String, Object> properties = properties();
    properties.put("hotline.telegram.token", "");
    try (ApplicationContext context = ApplicationContext.run(properties)) {
      assertThat(context.findBean(Sender.class)).isEmpty();
      assertThat(context.findBean(Delivery.class)).isEmpty();
      OutboxQueue outbox = context.getBean(OutboxQueue.class);
      context
          .getBean(Outbox.class)
          .enqueue(List.of(OutboundMessage.text("later", LAN, "Xin chào", null)));
      assertThat(outbox.find("later").orElseThrow().state()).isEqualTo(State.PENDING);
    }
  }

  @Test
  void limitsComeFromHotlineOutboxPropertiesWithTelegramsLimitsAsDefaults() {
    Map<String, Object> properties = properties();
    properties.put("hotline.outbox.per-chat", "3");
    properties.put("hotline.outbox.per-group-window", "2m");
    properties.put("hotline.outbox.lease", "90s");
    try (ApplicationContext context = ApplicationContext.run(properties)) {
      assertThat(context.getBean(OutboxSettings.class))
          .isEqualTo(
              OutboxSettings.defaults()
                  .withLimits(
                      3,
                      Duration.ofSeconds(1),
                      20,
                      Duration.ofMinutes(2),
                      30,
                      Duration.ofSeconds(1))
                  .withLease(Duration.ofSeconds(90)));
    }
  }

  private Map<String, Object> properties() {
    Map<String, Object> properties = new HashMap<>();
    properties.put("hotline.data-dir", dataDir.toString());
    properties.put("hotline.telegram.token", "");
    return properties;
  }
}
