package vn.hotline.webdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.config.BotConfig;
import vn.hotline.messages.Messages;
import vn.hotline.sla.SlaLadder;
import vn.hotline.store.StoreAccess;
import vn.hotline.telegram.FakeBotApi;
import vn.hotline.testing.FreePort;
import vn.hotline.testing.TempDirs;
import vn.hotline.ticket.Ticket;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;
import vn.hotline.web.WebServiceProperties;
import vn.hotline.web.WebSignIn;

/**
 * The queue page of a district supervisor with 10,000 open tickets across the district's communes
 * in the store: rendered by the service, through its HTTP server, the whole page, filters and
 * counts included. Run with {@code ./mvnw -B -o verify -Pbenchmark -Dit.test=QueueServiceBenchmark
 * -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false};
 * {@code -Dtickets=N} for another number.
 */
@Tag("benchmark")
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueServiceBenchmark implements TestPropertyProvider {
  static final int TICKETS = Integer.getInteger("tickets", 10_000);
  static final int WARM_UP = 200;
  static final int RUNS = 300;
  static final long DISTRICT_SUPERVISOR = 100003L;

  final FakeBotApi telegram = FakeBotApi.start();
  final int port = FreePort.find();

  @Override
  public Map<String, String> getProperties() {
    Path data = TempDirs.create("queue-bench");
    seed(data);
    Map<String, String> properties = new HashMap<>(telegram.properties());
    properties.put("micronaut.server.port", String.valueOf(port));
    properties.put("hotline.web.public-url", "http://127.0.0.1:" + port);
    properties.put("hotline.data-dir", data.toString());
    return properties;
  }

  // Straight into the store before the service starts, which reads them as it would after a
  // restart.
  private static void seed(Path data) {
    BotConfig config = BotConfig.load(Path.of("bot-config"));
    UnitTree units = config.units();
    List<Ticket> open =
        QueueSeed.openIn(
            units,
            new SlaLadder(config.sla(), units),
            units.get(new UnitCode("691")),
            TICKETS,
            Instant.now());
    try (StoreAccess store = StoreAccess.open(data)) {
      store.insertAll(open);
    }
  }

  @AfterAll
  void stopTelegram() {
    telegram.close();
  }

  @Test
  void theQueueOfTenThousandOpenTicketsRendersWithin300msAtP99() throws Exception {
    String base = WebServiceProperties.base(port);
    String cookie = new WebSignIn(telegram, base).overHttp(DISTRICT_SUPERVISOR).cookie();
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("whole queue", base + "/");
    pages.put("filtered", base + "/?category=SPONTANEOUS_MARKET&state=NEW&overdue=1");
    pages.put("searched", base + "/?q=cho+tu+phat+ap+4");
    pages.put("page 40", base + "/?page=40");
    try (HttpClient http = HttpClient.newHttpClient()) {
      String first = get(http, base + "/", cookie);
      assertThat(first)
          .contains("qrow-code")
          .contains(NumberFormat.getIntegerInstance(Messages.VIETNAMESE).format(TICKETS));
      System.out.printf(
          "%nQueueServiceBenchmark: %,d open tickets in district 691, %d GETs each after %d to"
              + " warm up%n",
          TICKETS, RUNS, WARM_UP);
      Map<String, Histogram> measured = new HashMap<>();
      for (var page : pages.entrySet()) {
        Histogram millis = measure(http, page.getValue(), cookie);
        measured.put(page.getKey(), millis);
        System.out.printf(
            "  GET %-55s p50 %3d ms, p99 %3d ms, max %3d ms%n",
            page.getValue().substring(base.length()),
            millis.getValueAtPercentile(50),
            millis.getValueAtPercentile(99),
            millis.getMaxValue());
      }
      System.out.println();
      measured.forEach(
          (name, millis) -> assertThat(millis.getValueAtPercentile(99)).as(name).isLessThan(300));
    }
  }

  private static Histogram measure(HttpClient http, String url, String cookie) throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      get(http, url, cookie);
    }
    Histogram millis = new Histogram(60_000, 3);
    for (int i = 0; i < RUNS; i++) {
      long began = System.nanoTime();
      get(http, url, cookie);
      millis.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began)));
    }
    return millis;
  }

  private static String get(HttpClient http, String url, String cookie) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookie)
                .header("Accept", "text/html")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(url).isEqualTo(200);
    return answer.body();
  }
}
