package vn.hotline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.Application;
import vn.hotline.access.ApiKeys;
import vn.hotline.config.BotConfig;
import vn.hotline.sla.SlaLadder;
import vn.hotline.store.StoreAccess;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;
import vn.hotline.ticket.Ticket;

/**
 * The supervisors' side of the service at a province's scale, through the real service process on
 * its embedded store: generated tickets (a hundred thousand by default) over the last 90 days
 * across the 111 communes. It measures how long the service takes to start (reading every ticket
 * into the statistics and the SLA clock) and the statistics API's latency for the province and a
 * district over 30 days, while the clock takes the steps that fell due "while the service was
 * down". Run it with {@code ./mvnw -B -Pbenchmark verify -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=SupervisorsServiceBenchmark}; {@code
 * -Dtickets=N} for another size (see docs/benchmarks.md for the embedded store's limits).
 */
@Tag("benchmark")
class SupervisorsServiceBenchmark {
  static final int TICKETS = Integer.getInteger("tickets", 100_000);
  static final int DAYS = 90;
  static final int RUNS = 300;
  static final String KEY = "benchmark-key";
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  static final Duration DOWNTIME = Duration.ofMinutes(10);
  static final Duration IDLE = Duration.ofSeconds(60);

  @TempDir Path workDir;

  @Test
  void statisticsAnswerAProvinceIn200msAndADistrictIn50msAtP99() throws Exception {
    BotConfig config = BotConfig.load(Path.of("bot-config"));
    Instant now = Instant.now();
    Instant start = now.minus(Duration.ofDays(DAYS));
    long inserting = System.nanoTime();
    int open = fill(config, start, now);
    inserting = System.nanoTime() - inserting;

    int port = FreePort.find();
    long starting = System.nanoTime();
    Process service = start(port, configWithKey());
    try {
      HttpClient http = HttpClient.newHttpClient();
      Eventually.await(
          "the service to answer",
          Duration.ofMinutes(30),
          () -> status(http, "http://127.0.0.1:" + port + "/health") == 200);
      starting = System.nanoTime() - starting;
      LocalDate to = LocalDate.now(ZONE);
      String period = "&from=" + to.minusDays(29) + "&to=" + to + "&by=unit";
      String province = "http://127.0.0.1:" + port + "/api/v1/stats?unit=70" + period;
      String district = "http://127.0.0.1:" + port + "/api/v1/stats?unit=691" + period;
      Histogram provinceMs = measure(http, province);
      Histogram districtMs = measure(http, district);
      double idle = idleShareOfACore(service);
      System.out.printf(
          "SupervisorsServiceBenchmark: %,d tickets (%,d open) inserted in %,d s;"
              + " service up in %,d s%n"
              + "  GET /api/v1/stats province 30 days by unit: p50 %d ms, p99 %d ms, max %d ms%n"
              + "  GET /api/v1/stats district 30 days by unit: p50 %d ms, p99 %d ms, max %d ms%n"
              + "  idle afterwards for %d s: %.2f%% of one core%n",
          TICKETS,
          open,
          TimeUnit.NANOSECONDS.toSeconds(inserting),
          TimeUnit.NANOSECONDS.toSeconds(starting),
          provinceMs.getValueAtPercentile(50),
          provinceMs.getValueAtPercentile(99),
          provinceMs.getMaxValue(),
          districtMs.getValueAtPercentile(50),
          districtMs.getValueAtPercentile(99),
          districtMs.getMaxValue(),
          IDLE.toSeconds(),
          idle);
      assertThat(provinceMs.getValueAtPercentile(99)).isLessThan(200);
      assertThat(districtMs.getValueAtPercentile(99)).isLessThan(50);
    } finally {
      service.destroy();
      service.waitFor(60, TimeUnit.SECONDS);
      Files.copy(
          workDir.resolve("service.log"),
          Path.of("target", "SupervisorsServiceBenchmark-service.log"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  // Generated tickets straight into the store, as if filed and worked over 90 days by a service
  // whose clock took every step due until it stopped, DOWNTIME ago.
  private int fill(BotConfig config, Instant start, Instant now) {
    TicketGenerator generator = new TicketGenerator(11, config, start, DAYS, now);
    SlaLadder ladder = new SlaLadder(config.sla(), config.units());
    Instant stopped = now.minus(DOWNTIME);
    int open = 0;
    try (StoreAccess store = StoreAccess.open(workDir.resolve("data"))) {
      List<Ticket> batch = new ArrayList<>();
      for (int made = 0; made < TICKETS; made += batch.size()) {
        batch.clear();
        generator.each(
            Math.min(10_000, TICKETS - made),
            t -> batch.add(SlaClockBenchmark.stepped(ladder, t, stopped)));
        open += (int) batch.stream().filter(t -> t.state().isOpen()).count();
        store.insertAll(batch);
      }
    }
    return open;
  }

  // The whole service's share of one core while nobody uses it, right after the statistics load:
  // the SLA clock, the outbox sender, the report schedule, the collector and the JIT compiler.
  // The clock alone is measured by SlaClockBenchmark.
  private static double idleShareOfACore(Process service) {
    Duration before = service.toHandle().info().totalCpuDuration().orElseThrow();
    long began = System.nanoTime();
    long end = began + IDLE.toNanos();
    for (long left = IDLE.toNanos(); left > 0; left = end - System.nanoTime()) {
      LockSupport.parkNanos(left); // a measuring window, not a wait for anything
    }
    Duration used = service.toHandle().info().totalCpuDuration().orElseThrow().minus(before);
    return 100.0 * used.toNanos() / (System.nanoTime() - began);
  }

  private static Histogram measure(HttpClient http, String url) throws Exception {
    for (int i = 0; i < 50; i++) {
      get(http, url);
    }
    Histogram millis = new Histogram(60_000, 3);
    for (int i = 0; i < RUNS; i++) {
      long began = System.nanoTime();
      get(http, url);
      millis.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began)));
    }
    return millis;
  }

  private static void get(HttpClient http, String url) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + KEY).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private static int status(HttpClient http, String url) {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException | InterruptedException e) {
      return 0;
    }
  }

  private Path configWithKey() throws IOException {
    Path dir = Files.createDirectories(workDir.resolve("bot-config"));
    try (Stream<Path> files = Files.list(Path.of("bot-config"))) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
    Files.writeString(
        dir.resolve("api-keys.yml"),
        "keys:\n  - {name: bench, sha256: \"%s\", units: [\"70\"], scopes: [stats]}\n"
            .formatted(ApiKeys.sha256Hex(KEY)));
    return dir;
  }

  private Process start(int port, Path config) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-Xmx2g",
                "-cp",
                System.getProperty("java.class.path"),
                Application.class.getName())
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("service.log").toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.equals("MONGODB_URI"));
    env.put("PORT", String.valueOf(port));
    env.put("DATA_DIR", workDir.resolve("data").toString());
    env.put("BOT_CONFIG_DIR", config.toString());
    env.put("LOG_LEVEL", "INFO");
    return builder.start();
  }
}
