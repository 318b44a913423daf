package vn.hotline.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hotline.open311.Open311Calls.PARTNER_KEY;
import static vn.hotline.open311.Open311Calls.fields;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.testing.FreePort;

/**
 * Open311 as a partner's call centre uses it: requests filed one after another (each triaged and
 * synced to disk before it is answered), then by eight clients at once, then the list of open
 * requests read back. Run with {@code ./mvnw -B -o verify -Pbenchmark
 * -Dit.test=Open311FilingBenchmark -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Open311FilingBenchmark implements TestPropertyProvider {
  static final int WARM_UP = 100;
  static final int SEQUENTIAL = 1_000;
  static final int CLIENTS = 8;
  static final int EACH = 250;
  static final int READS = 100;

  final int port = FreePort.find();
  final Open311Calls calls = new Open311Calls(port);

  @Override
  public Map<String, String> getProperties() {
    return Open311Calls.serviceWithKeys("open311-bench")
        .servedOn(port)
        .withoutTelegram()
        .with("hotline.public-limits.per-address", "1000000")
        .with("hotline.public-limits.overall", "1000000")
        .map();
  }

  @Test
  void requestsAreFiledWithin300msAndAThousandReadWithinASecondAtP99() throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      file("warm-up " + i);
    }
    Histogram sequential = new Histogram(60_000, 3);
    for (int i = 0; i < SEQUENTIAL; i++) {
      sequential.recordValue(file("sequential " + i));
    }
    Histogram concurrent = new Histogram(60_000, 3);
    long began = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        clients.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < EACH; i++) {
                    long millis = file("client " + client + " report " + i);
                    synchronized (concurrent) {
                      concurrent.recordValue(millis);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> client : clients) {
        client.get();
      }
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    Histogram reads = new Histogram(60_000, 3);
    for (int i = 0; i < READS; i++) {
      long start = System.nanoTime();
      HttpResponse<String> list = calls.get("requests.json?status=open");
      reads.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
      assertThat(list.statusCode()).isEqualTo(200);
    }

    System.out.printf(
        "%nOpen311FilingBenchmark: POST requests.json, %d one after another: p50 %d ms, p99 %d ms,"
            + " max %d ms%n",
        SEQUENTIAL,
        sequential.getValueAtPercentile(50),
        sequential.getValueAtPercentile(99),
        sequential.getMaxValue());
    System.out.printf(
        "  %d clients x %d: p50 %d ms, p99 %d ms, %.0f requests/s%n",
        CLIENTS,
        EACH,
        concurrent.getValueAtPercentile(50),
        concurrent.getValueAtPercentile(99),
        CLIENTS * EACH / seconds);
    System.out.printf(
        "  GET requests.json?status=open (1,000 of %,d): p50 %d ms, p99 %d ms%n%n",
        WARM_UP + SEQUENTIAL + CLIENTS * EACH,
        reads.getValueAtPercentile(50),
        reads.getValueAtPercentile(99));
    assertThat(sequential.getValueAtPercentile(99)).isLessThan(300);
    assertThat(concurrent.getValueAtPercentile(99)).isLessThan(300);
    // A full page of the spec's 1,000 requests is read from the store 500 at a time: on the
    // embedded store about 100 ms a page, which this benchmark reports rather than tunes.
    assertThat(reads.getValueAtPercentile(99)).isLessThan(1_000);
  }

  private long file(String words) throws Exception {
    long began = System.nanoTime();
    HttpResponse<String> answer =
        calls.post(
            "requests.json",
            fields(
                "api_key",
                PARTNER_KEY,
                "service_code",
                "SPONTANEOUS_MARKET",
                "description",
                "Chợ tự phát họp rất đông người ở ấp 4 xã Phú Nghĩa, " + words));
    long millis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return millis;
  }
}
