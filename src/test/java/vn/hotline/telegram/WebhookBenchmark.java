package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.store.MongoStore;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;

/**
 * Reports posted to the webhook from distinct chats as fast as the service takes them, measured end
 * to end: from the POST to the moment the ticket is saved and the reply queued (the reply's {@code
 * queuedAt} in the outbox). Run with {@code ./mvnw -B -Pbenchmark verify
 * -Dit.test=WebhookBenchmark}.
 */
@Tag("benchmark")
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookBenchmark implements TestPropertyProvider {
  static final String SECRET = "benchmark-webhook-secret-0001";
  static final int REPORTS = Integer.getInteger("reports", 6_000);
  static final int CLIENTS = 32;
  static final String[] COMMUNES = {
    "xã Phú Nghĩa", "phường Tân Bình", "xã Lộc Hưng", "thị trấn Đức Phong", "xã Đak Ơ"
  };

  final FakeBotApi telegram = FakeBotApi.start();
  final WebhookPoster webhook = new WebhookPoster(FreePort.find(), SECRET);

  @Inject MongoStore store;

  @Override
  public Map<String, String> getProperties() {
    return webhook.properties(telegram);
  }

  @AfterAll
  void stop() {
    telegram.close();
  }

  @Test
  void reportsPerSecondThroughTheWebhook() throws Exception {
    double rawInserts = rawInsertRate(3_000);
    var outbox = store.database().getCollection("outbox");
    warmUp();
    long[] updateIds = new long[REPORTS];
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < REPORTS; i++) {
      updateIds[i] = Updates.nextId();
      String text = "Chợ tự phát họp đông người ở " + COMMUNES[i % COMMUNES.length] + ", lần " + i;
      bodies.add(Updates.text(updateIds[i], 7_000_000_000L + i, text, "vi"));
    }
    long[] postedAt = new long[REPORTS];
    AtomicInteger next = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    // The client has its own threads: sharing the posting threads would starve its async work.
    HttpClient http = HttpClient.newHttpClient();
    long start = System.currentTimeMillis();
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      running.add(
          clients.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < REPORTS; i = next.getAndIncrement()) {
                  postedAt[i] = System.currentTimeMillis();
                  assertThat(post(http, bodies.get(i))).isEqualTo(200);
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    // Point lookups by _id: a count would scan the whole outbox on the embedded server.
    AtomicInteger seen = new AtomicInteger();
    Map<String, Long> queuedAt = new HashMap<>();
    Eventually.await(
        "every reply queued",
        Duration.ofMinutes(5),
        () -> {
          while (seen.get() < REPORTS) {
            String id = "in:" + updateIds[seen.get()] + ":0";
            Document reply = outbox.find(Filters.eq("_id", id)).first();
            if (reply == null) {
              return false;
            }
            queuedAt.put(id, reply.getDate("queuedAt").getTime());
            seen.incrementAndGet();
          }
          return true;
        });
    long[] latencies = new long[REPORTS];
    long end = 0;
    for (int i = 0; i < REPORTS; i++) {
      long queued = queuedAt.get("in:" + updateIds[i] + ":0");
      latencies[i] = queued - postedAt[i];
      end = Math.max(end, queued);
    }
    Arrays.sort(latencies);
    double perSecond = REPORTS / ((end - start) / 1e3);
    System.out.printf(
        "%nwebhook benchmark: %d reports from %d chats, %d clients%n", REPORTS, REPORTS, CLIENTS);
    System.out.printf("  sustained: %.0f reports/s (ticket saved and reply queued)%n", perSecond);
    System.out.printf(
        "  latency: p50 %d ms, p99 %d ms%n", latencies[REPORTS / 2], latencies[REPORTS * 99 / 100]);
    System.out.printf("  same store, raw single inserts: %.0f/s%n%n", rawInserts);
    clients.shutdown();
    assertThat(perSecond).isGreaterThan(50);
  }

  private void warmUp() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (int i = 0; i < 300; i++) {
      String text = "chợ tự phát ở xã Phú Nghĩa " + i;
      post(http, Updates.text(Updates.nextId(), 7_500_000_000L + i, text, "vi"));
    }
  }

  private int post(HttpClient http, String body) throws Exception {
    return webhook.post(http, body);
  }

  private double rawInsertRate(int n) {
    var collection = store.database().getCollection("benchmark_raw");
    String text = "x".repeat(200);
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      collection.insertOne(new Document("_id", i).append("text", text));
    }
    double rate = n / ((System.nanoTime() - start) / 1e9);
    collection.drop();
    return rate;
  }
}
