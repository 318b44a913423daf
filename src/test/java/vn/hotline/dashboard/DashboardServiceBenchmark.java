package vn.hotline.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.Application;
import vn.hotline.config.BotConfig;
import vn.hotline.report.ProvinceTickets;
import vn.hotline.telegram.FakeBotApi;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;
import vn.hotline.web.WebSignIn;

/**
 * The dashboard at a province's scale, through the real service process on its embedded store: a
 * million generated tickets (by default) over the last 90 days across the 111 communes, read into
 * the statistics when the service starts, as it does in production. The province supervisor signs
 * in through the bot's {@code /web} link (a fake Bot API) and the page is asked for, warm, for the
 * province over 30 and 7 days and for a district over 30 days; the time is the whole server-side
 * answer, HTML included. Run it with {@code ./mvnw -B -o verify -Pbenchmark
 * -Dit.test=DashboardServiceBenchmark -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false}; {@code -Dtickets=N} for another size.
 */
@Tag("benchmark")
class DashboardServiceBenchmark {
  static final int TICKETS = Integer.getInteger("tickets", 1_000_000);
  static final int DAYS = 90;
  static final int WARM_UP = 50;
  static final int RUNS = 300;
  static final long PROVINCE_SUPERVISOR = 100004L;

  @TempDir Path workDir;

  @Test
  void theProvinceDashboardRendersIn300msAtP99() throws Exception {
    BotConfig config = BotConfig.load(Path.of("bot-config"));
    long inserting = System.nanoTime();
    int open =
        ProvinceTickets.insert(
            workDir.resolve("data"), config, TICKETS, DAYS, Instant.now(), Duration.ofMinutes(10));
    inserting = System.nanoTime() - inserting;

    int port = FreePort.find();
    String base = "http://127.0.0.1:" + port;
    try (FakeBotApi telegram = FakeBotApi.start();
        HttpClient http = HttpClient.newHttpClient()) {
      long starting = System.nanoTime();
      Process service = start(port, telegram);
      try {
        Eventually.await(
            "the service to answer",
            Duration.ofMinutes(30),
            () -> status(http, base + "/health") == 200);
        starting = System.nanoTime() - starting;
        String session = new WebSignIn(telegram, base).overHttp(PROVINCE_SUPERVISOR).id();
        List<String> report = new ArrayList<>();
        Histogram province30 =
            measure(http, base + "/dashboard?unit=70&period=30d", session, report);
        Histogram province7 = measure(http, base + "/dashboard?unit=70&period=7d", session, report);
        Histogram district30 =
            measure(http, base + "/dashboard?unit=691&period=30d", session, report);
        System.out.printf(
            "DashboardServiceBenchmark: %,d tickets (%,d open) inserted in %,d s;"
                + " service up in %,d s%n"
                + "  GET /dashboard province 30 days: %s%n"
                + "  GET /dashboard province 7 days:  %s%n"
                + "  GET /dashboard district 30 days: %s%n"
                + "  pages: %s%n",
            TICKETS,
            open,
            TimeUnit.NANOSECONDS.toSeconds(inserting),
            TimeUnit.NANOSECONDS.toSeconds(starting),
            figures(province30),
            figures(province7),
            figures(district30),
            String.join(", ", report));
        assertThat(province30.getValueAtPercentile(99)).isLessThan(300);
        assertThat(province7.getValueAtPercentile(99)).isLessThan(300);
        assertThat(district30.getValueAtPercentile(99)).isLessThan(300);
      } finally {
        service.destroy();
        service.waitFor(60, TimeUnit.SECONDS);
        Files.copy(
            workDir.resolve("service.log"),
            Path.of("target", "DashboardServiceBenchmark-service.log"),
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static String figures(Histogram millis) {
    return "p50 %d ms, p99 %d ms, max %d ms"
        .formatted(
            millis.getValueAtPercentile(50), millis.getValueAtPercentile(99), millis.getMaxValue());
  }

  private static Histogram measure(HttpClient http, String url, String session, List<String> sizes)
      throws Exception {
    int bytes = 0;
    for (int i = 0; i < WARM_UP; i++) {
      bytes = get(http, url, session);
    }
    sizes.add(url.substring(url.indexOf("/dashboard")) + " " + bytes / 1024 + " KB");
    Histogram millis = new Histogram(60_000, 3);
    for (int i = 0; i < RUNS; i++) {
      long began = System.nanoTime();
      get(http, url, session);
      millis.recordValue(Math.max(1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began)));
    }
    return millis;
  }

  private static int get(HttpClient http, String url, String session) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Cookie", WebSignIn.COOKIE + "=" + session)
            .header("Accept", "text/html")
            .build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body().length;
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

  // The service as deployed, pointed at the fake Bot API so that /web can send a sign-in link.
  private Process start(int port, FakeBotApi telegram) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx2g"));
    telegram.properties().forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("-Dhotline.web.public-url=http://127.0.0.1:" + port);
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), Application.class.getName()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("service.log").toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.equals("MONGODB_URI"));
    env.put("PORT", String.valueOf(port));
    env.put("DATA_DIR", workDir.resolve("data").toString());
    env.put("BOT_CONFIG_DIR", Path.of("bot-config").toAbsolutePath().toString());
    env.put("LOG_LEVEL", "INFO");
    return builder.start();
  }
}
