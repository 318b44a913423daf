package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.Application;
import vn.hotline.store.MongoStore;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;

/**
 * The service is killed with SIGKILL while 500 reports from 100 chats flow in through the fake Bot
 * API; after a restart every report is exactly one ticket and no citizen gets the same reply twice.
 */
@Tag("slow")
class CrashIT {
  static final int CHATS = 100;
  static final int REPORTS_PER_CHAT = 5;
  static final String[] COMMUNES = {
    "xã Phú Nghĩa",
    "phường Tân Bình",
    "xã Lộc Hưng",
    "thị trấn Đức Phong",
    "xã Đak Ơ",
    "xã Bình Thắng",
    "phường Tân Đồng",
    "xã Long Hà",
    "xã Đồng Nơ",
    "xã Thuận Phú"
  };

  @TempDir Path workDir;

  @Test
  void noReportIsLostOrFiledTwiceAndNoReplyIsSentTwiceAcrossAKill() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    try (FakeBotApi telegram = FakeBotApi.start()) {
      Map<Long, Long> chatOfUpdate = new HashMap<>();
      for (int round = 0; round < REPORTS_PER_CHAT; round++) {
        for (int chat = 0; chat < CHATS; chat++) {
          long chatId = 6_300_000_000L + chat;
          long updateId = Updates.nextId();
          chatOfUpdate.put(updateId, chatId);
          telegram.pushUpdate(
              Updates.text(
                  updateId,
                  chatId,
                  "Chợ tự phát họp đông người ở "
                      + COMMUNES[(chat + round) % COMMUNES.length]
                      + " lần "
                      + round,
                  "vi"));
        }
      }
      int killAfter = 50 + random.nextInt(250);
      Process first = startService(telegram, "first.log");
      try {
        Eventually.await(
            "replies before the kill",
            Duration.ofSeconds(60),
            () -> telegram.calls("sendMessage").size() >= killAfter);
      } finally {
        first.toHandle().destroyForcibly();
        first.waitFor(30, TimeUnit.SECONDS);
      }
      Process second = startService(telegram, "second.log");
      try {
        // Every report answered, or its answer marked uncertain (in flight at the kill, never
        // resent).
        Eventually.await(
            "a receipt or an uncertain mark for every report",
            Duration.ofSeconds(90),
            () -> receipts(telegram) + uncertainReceipts() >= CHATS * REPORTS_PER_CHAT);
      } finally {
        second.destroy();
        assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }

      try (MongoStore store = MongoStore.open("", workDir.resolve("data"))) {
        List<Document> tickets =
            store.database().getCollection("tickets").find().into(new java.util.ArrayList<>());
        Set<String> origins =
            tickets.stream().map(d -> d.getString("origin")).collect(Collectors.toSet());
        assertThat(tickets).as("seed %d", seed).hasSize(CHATS * REPORTS_PER_CHAT);
        assertThat(origins)
            .as("seed %d", seed)
            .isEqualTo(
                chatOfUpdate.keySet().stream()
                    .map(id -> "telegram:" + id)
                    .collect(Collectors.toSet()));
      }
      for (String log : List.of("first.log", "second.log")) {
        assertThat(Files.readString(workDir.resolve(log))).as(log).doesNotContain(telegram.token());
      }
      assertThat(telegram.deliveriesOfEachText().values())
          .as("seed %d", seed)
          .allMatch(count -> count == 1);
    }
  }

  private long uncertainReceipts() {
    try {
      return Files.readAllLines(workDir.resolve("second.log")).stream()
          .filter(line -> line.contains("UNCERTAIN") && line.matches(".*message=in:\\d+:0 .*"))
          .count();
    } catch (IOException e) {
      return 0;
    }
  }

  private static long receipts(FakeBotApi telegram) {
    return telegram.calls("sendMessage").stream()
        .filter(BotApiCall::ok)
        .filter(c -> c.text() != null && c.text().contains("Mã:"))
        .count();
  }

  private Process startService(FakeBotApi telegram, String log) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-Dhotline.outbox.per-chat=20",
                "-Dhotline.outbox.global=2000",
                "-Dhotline.outbox.lease=5s",
                "-cp",
                System.getProperty("java.class.path"),
                Application.class.getName())
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve(log).toFile()));
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.equals("MONGODB_URI"));
    env.put("PORT", String.valueOf(FreePort.find()));
    env.put("DATA_DIR", workDir.resolve("data").toString());
    env.put("BOT_CONFIG_DIR", Path.of("bot-config").toAbsolutePath().toString());
    env.put("TELEGRAM_BOT_TOKEN", telegram.token());
    env.put("TELEGRAM_API_URL", telegram.url());
    env.put("LOG_LEVEL", "INFO");
    Files.createDirectories(workDir.resolve("data"));
    return builder.start();
  }
}
