package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.Application;
import vn.hotline.store.MongoStore;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;

/**
 * Two service processes share one store, reached by {@code MONGODB_URI} (a mongo-java-server the
 * test starts): the path a scaled-out deployment takes. An urgent report nobody acknowledges climbs
 * the tree, and each step and each alert happens once although both instances run the clock.
 */
@Tag("slow")
class TwoInstancesIT {
  static final Duration WAIT = Duration.ofSeconds(60);
  static final long PHU_NGHIA_GROUP = -1000025267L;
  static final long BU_GIA_MAP_GROUP = -1000000691L;
  static final long PROVINCE_GROUP = -1000000070L;

  @TempDir Path workDir;

  @Test
  void eachStepAndAlertHappensOnceWithTwoInstancesOnOneStore() throws Exception {
    MongoServer server = new MongoServer(new MemoryBackend());
    server.bind("127.0.0.1", 0);
    String uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/hotline";
    Path config = SlaEscalationIT.configWithShortLimits();
    try (FakeBotApi telegram = FakeBotApi.start()) {
      Process first = startService(telegram, uri, config, "first.log");
      Process second = startService(telegram, uri, config, "second.log");
      try {
        telegram.pushUpdate(
            Updates.text(6_400_000_001L, "Ba tôi khó thở, SpO2 85, ở xã Phú Nghĩa, cứu với"));
        String code =
            Eventually.awaitValue(
                "the ticket",
                WAIT,
                () -> {
                  try (MongoStore store = MongoStore.open(uri, workDir)) {
                    Document ticket = store.database().getCollection("tickets").find().first();
                    return ticket == null
                        ? null
                        : ticket.getString("prefix") + "-" + ticket.getString("tail");
                  }
                });
        awaitIn(telegram, PROVINCE_GROUP, code, "Chuyển cấp 2");
        assertThat(count(telegram, PHU_NGHIA_GROUP, code, "quá hạn")).isEqualTo(1);
        assertThat(count(telegram, BU_GIA_MAP_GROUP, code, "Chuyển cấp 1")).isEqualTo(1);
        assertThat(count(telegram, PROVINCE_GROUP, code, "Chuyển cấp 2")).isEqualTo(1);
        try (MongoStore store = MongoStore.open(uri, workDir)) {
          Document ticket = store.database().getCollection("tickets").find().first();
          List<String> kinds =
              ticket.getList("history", Document.class).stream()
                  .map(entry -> entry.getString("kind"))
                  .toList();
          assertThat(kinds).containsExactly("FILED", "OVERDUE", "ESCALATED", "ESCALATED");
        }
      } finally {
        for (Process process : List.of(first, second)) {
          process.destroy();
          process.waitFor(30, TimeUnit.SECONDS);
        }
        server.shutdownNow();
      }
    }
  }

  private static void awaitIn(FakeBotApi telegram, long chat, String code, String fragment) {
    Eventually.await(
        fragment + " about " + code + " in " + chat,
        WAIT,
        () -> count(telegram, chat, code, fragment) > 0);
  }

  private static long count(FakeBotApi telegram, long chat, String code, String fragment) {
    return telegram.sentTo(chat).stream()
        .filter(c -> c.method().equalsIgnoreCase("sendMessage"))
        .filter(c -> c.text() != null && c.text().contains(code) && c.text().contains(fragment))
        .count();
  }

  private Process startService(FakeBotApi telegram, String uri, Path config, String log)
      throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-Dhotline.sla.tick=200ms",
                "-cp",
                System.getProperty("java.class.path"),
                Application.class.getName())
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve(log).toFile()));
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("TELEGRAM_"));
    env.put("MONGODB_URI", uri);
    env.put("PORT", String.valueOf(FreePort.find()));
    env.put("DATA_DIR", Files.createDirectories(workDir.resolve("data-" + log)).toString());
    env.put("BOT_CONFIG_DIR", config.toString());
    env.put("TELEGRAM_BOT_TOKEN", telegram.token());
    env.put("TELEGRAM_API_URL", telegram.url());
    env.put("LOG_LEVEL", "INFO");
    return builder.start();
  }
}
