package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.store.MongoStore;
import vn.hotline.store.embedded.FaultyDisk;
import vn.hotline.testing.FreePort;

/**
 * The embedded store's disk fills up under a running service: the webhook answers 503 so that
 * Telegram keeps each update, {@code /health} says DOWN and why, the log says so once, and the
 * process exits with status 75 for its supervisor to restart it. It cannot start while the disk is
 * full; once there is room it starts, with every update it had answered 200 for, and takes the ones
 * it refused when Telegram sends them again.
 */
@Tag("slow")
class FullDiskIT {
  static final String SECRET = "full-disk-webhook-secret";
  static final int BEFORE = 10;
  static final int DURING = 20;

  @TempDir Path workDir;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aFullDiskIsRefusedWith503AndDownThenExitAndNothingAcknowledgedIsLost() throws Exception {
    Path data = Files.createDirectories(workDir.resolve("data"));
    Path full = data.resolve(FaultyDisk.FLAG);
    try (FakeBotApi telegram = FakeBotApi.start()) {
      int port = FreePort.find();
      WebhookPoster webhook = new WebhookPoster(port, SECRET);
      ServiceProcess service = new ServiceProcess(workDir, telegram, port, SECRET);
      List<Long> acknowledged = new ArrayList<>();
      List<String> refused = new ArrayList<>();

      Process first = service.start("first.log");
      service.awaitHealthy("first.log");
      for (int i = 0; i < BEFORE; i++) {
        long id = Updates.nextId();
        assertThat(webhook.post(http, report(id, i))).isEqualTo(200);
        acknowledged.add(id);
      }

      long linesBeforeFull = Files.readAllLines(workDir.resolve("first.log")).size();
      Files.createFile(full);
      int refusals = 0;
      for (int i = 0; i < DURING; i++) {
        long id = Updates.nextId();
        String body = report(id, BEFORE + i);
        refused.add(body);
        int status = postOrZero(webhook, body);
        assertThat(status).as("update %d while the disk is full", i).isIn(503, 0);
        refusals += status == 503 ? 1 : 0;
      }
      HttpResponse<String> health = service.health();
      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(health.body()).contains("DOWN").contains("No space left on device");
      assertThat(refusals).isEqualTo(DURING);

      assertThat(first.waitFor(60, TimeUnit.SECONDS)).as("exits by itself").isTrue();
      assertThat(first.exitValue()).isEqualTo(75);
      String log = Files.readString(workDir.resolve("first.log"));
      assertThat(count(log, "store cannot save, answering 503")).isEqualTo(1);
      // A write or the sync after it, whichever reached the full disk first.
      assertThat(count(log, "store failed: cannot")).isEqualTo(1);
      assertThat(count(log, "No space left on device; the service exits with status 75"))
          .isEqualTo(1);
      List<String> whileFull = log.lines().skip(linesBeforeFull).toList();
      assertThat(whileFull)
          .as("log lines from the disk filling up to the exit:\n%s", String.join("\n", whileFull))
          .hasSizeLessThan(20);

      Process second = service.start("second.log");
      assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("refuses to start").isTrue();
      assertThat(second.exitValue()).isNotZero();

      Files.delete(full);
      Process third = service.start("third.log");
      try {
        service.awaitHealthy("third.log");
        for (String body : refused) { // Telegram sends again what was not answered 200
          assertThat(webhook.post(http, body)).isEqualTo(200);
        }
      } finally {
        third.destroy();
        assertThat(third.waitFor(60, TimeUnit.SECONDS)).isTrue();
      }
      try (MongoStore store = MongoStore.open("", data)) {
        List<Long> stored =
            store.database().getCollection("inbox").find().into(new ArrayList<Document>()).stream()
                .map(d -> ((Number) d.get("updateId")).longValue())
                .toList();
        assertThat(stored).doesNotHaveDuplicates().hasSize(BEFORE + DURING);
        assertThat(Set.copyOf(stored)).containsAll(acknowledged);
      }
    }
  }

  private static String report(long updateId, int i) {
    return Updates.text(updateId, 6_400_000_000L + i, "Chợ tự phát ở xã Phú Nghĩa lần " + i, "vi");
  }

  private int postOrZero(WebhookPoster webhook, String body) throws InterruptedException {
    try {
      return webhook.post(http, body);
    } catch (IOException e) {
      return 0; // the process has already exited
    }
  }

  private static long count(String log, String text) {
    return log.lines().filter(l -> l.contains(text)).count();
  }
}
