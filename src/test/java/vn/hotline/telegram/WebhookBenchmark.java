package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
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
  static final int MAX_WARM_UP = Integer.getInteger("maxWarmUp", 60_000);
  static final int WARM_UP_ROUND = 2_000;
  // The JIT counts as settled once it compiles for less than this share of a warm-up round.
  static final double SETTLED_COMPILING = 0.05;
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
    int warmUp = warmUp();
    Run measured = run(REPORTS, 7_000_000_000L);
    long[] latencies = measured.latencies();
    System.out.printf(
        "%nwebhook benchmark: %d reports from %d chats, %d clients, after %d to warm up%n",
        REPORTS, REPORTS, CLIENTS, warmUp);
    System.out.printf(
        "  sustained: %.0f reports/s (ticket saved and reply queued)%n", measured.perSecond());
    System.out.printf(
        "  latency: p50 %d ms, p99 %d ms%n", latencies[REPORTS / 2], latencies[REPORTS * 99 / 100]);
    System.out.printf("  same store, raw single inserts: %.0f/s%n%n", rawInserts);
    assertThat(latencies[REPORTS * 99 / 100]).as("p99, ms").isLessThan(100);
    // The embedded store is not tuned further for throughput (docs/benchmarks.md): the rate is
    // reported and held above a floor that catches a regression.
    assertThat(measured.perSecond()).as("reports/s").isGreaterThan(600);
  }

  // The same load before the measured one, until the JIT compiler is done: while it compiles the
  // hot paths it takes a third of these two cores, a cost a service that runs for days pays once.
  // Returns how many reports that took.
  private int warmUp() throws Exception {
    var compiler = ManagementFactory.getCompilationMXBean();
    int reports = 0;
    while (reports < MAX_WARM_UP) {
      long compiledBefore = compiler.getTotalCompilationTime();
      long started = System.currentTimeMillis();
      run(WARM_UP_ROUND, 7_500_000_000L + reports);
      reports += WARM_UP_ROUND;
      long compiling = compiler.getTotalCompilationTime() - compiledBefore;
      if (compiling < (System.currentTimeMillis() - started) * SETTLED_COMPILING) {
        break;
      }
    }
    return reports;
  }

  /** Sorted latencies from POST to reply queued, and the rate from the first POST to the last. */
  private record Run(long[] latencies, double perSecond) {}

  private Run run(int reports, long firstChat) throws Exception {
    long[] updateIds = new long[reports];
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < reports; i++) {
      updateIds[i] = Updates.nextId();
      String text = "Chợ tự phát họp đông người ở " + COMMUNES[i % COMMUNES.length] + ", lần " + i;
      bodies.add(Updates.text(updateIds[i], firstChat + i, text, "vi"));
    }
    long[] postedAt = new long[reports];
    AtomicInteger next = new AtomicInteger();
    // The client has its own threads: sharing the posting threads would starve its async work.
    HttpClient http = HttpClient.newHttpClient();
    long start = System.currentTimeMillis();
    try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        running.add(
            clients.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < reports; i = next.getAndIncrement()) {
                    postedAt[i] = System.currentTimeMillis();
                    assertThat(post(http, bodies.get(i))).isEqualTo(200);
                  }
                  return null;
                }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    }
    Map<Long, Long> queuedAt = queuedAt(updateIds);
    long[] latencies = new long[reports];
    long end = 0;
    for (int i = 0; i < reports; i++) {
      long queued = queuedAt.get(updateIds[i]);
      latencies[i] = queued - postedAt[i];
      end = Math.max(end, queued);
    }
    Arrays.sort(latencies);
    return new Run(latencies, reports / ((end - start) / 1e3));
  }

  // When each update's reply was queued, read once the posting is over so that the reading does not
  // compete with the service; point lookups by _id, since a count would scan the whole outbox.
  private Map<Long, Long> queuedAt(long[] updateIds) {
    var outbox = store.database().getCollection("outbox");
    Map<Long, Long> queuedAt = new HashMap<>();
    AtomicInteger seen = new AtomicInteger();
    Eventually.await(
        "every reply queued",
        Duration.ofMinutes(5),
        () -> {
          while (seen.get() < updateIds.length) {
            long updateId = updateIds[seen.get()];
            Document reply = outbox.find(Filters.eq("_id", "in:" + updateId + ":0")).first();
            if (reply == null) {
              return false;
            }
            queuedAt.put(updateId, reply.getDate("queuedAt").getTime());
            seen.incrementAndGet();
          }
          return true;
        });
    return queuedAt;
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
