package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.Application;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;

/**
 * The service at {@code LOG_LEVEL=TRACE}, where the framework logs every property it resolves and
 * every request, and the Telegram client every URL with the token in it: after webhook updates,
 * replies sent, {@code /prometheus} and {@code /health}, no secret is anywhere in the log, and the
 * mask stands where each was.
 */
class SecretsInLogsIT {
  static final String WEBHOOK_SECRET = "webhook-secret-for-the-log-test_0123";
  static final String METRICS_TOKEN = "metrics-token-for-the-log-test-4567";
  static final String MASK = "[masked]";
  static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path workDir;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void noSecretIsInTheTextLogAtTrace() throws Exception {
    String log = runAtTrace("text");

    assertNoSecretIn(log);
    assertThat(log.lines().filter(line -> line.contains("/telegram/webhook/" + MASK)))
        .as("webhook request lines")
        .isNotEmpty();
  }

  @Test
  void noSecretIsInTheJsonLogAtTraceWhichCarriesFormattedMessages() throws Exception {
    String log = runAtTrace("Json");

    assertNoSecretIn(log);
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = log.lines().map(line -> parse(json, line)).toList();
    assertThat(lines)
        .as("every line a JSON object with its message formatted")
        .allMatch(line -> line.has("formattedMessage") && !line.has("arguments"));
    assertThat(lines)
        .extracting(line -> line.get("formattedMessage").asText())
        .anyMatch(message -> message.matches("started port=\\d+ startup_ms=\\d+ .*"))
        .anyMatch(message -> message.contains("/telegram/webhook/" + MASK));
  }

  private static JsonNode parse(ObjectMapper json, String line) {
    try {
      return json.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not a JSON line: " + line, e);
    }
  }

  private static void assertNoSecretIn(String log) {
    String tokenSecret = FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':') + 1);
    for (String secret : List.of(FakeBotApi.TOKEN, tokenSecret, WEBHOOK_SECRET, METRICS_TOKEN)) {
      assertThat(log.lines().filter(line -> line.contains(secret)).toList())
          .as("lines with %s", secret)
          .isEmpty();
    }
    assertThat(log.lines().filter(line -> line.contains(MASK)).count())
        .as("lines where a secret was masked")
        .isGreaterThan(10);
  }

  /**
   * Runs the service at TRACE through a few webhook updates, metrics and health; its log (standard
   * output; standard error is checked for secrets here).
   */
  private String runAtTrace(String format) throws Exception {
    try (FakeBotApi telegram = FakeBotApi.start()) {
      int port = FreePort.find();
      Path log = workDir.resolve("service-" + format + ".log");
      Process service = start(telegram, port, format, log);
      try {
        awaitHealthy(port, log);
        Eventually.await("setWebhook", WAIT, () -> telegram.webhook().isPresent());
        WebhookPoster webhook = new WebhookPoster(port, WEBHOOK_SECRET);
        for (int i = 0; i < 3; i++) {
          long chat = 6_500_000_000L + i;
          String update = Updates.text(chat, "Chợ tự phát ở ấp 4 xã Phú Nghĩa lần " + i);
          assertThat(webhook.post(http, update)).isEqualTo(200);
          telegram.awaitMessages(chat, 1, WAIT);
        }
        assertThat(get(port, "/prometheus", "Bearer " + METRICS_TOKEN).statusCode()).isEqualTo(200);
        assertThat(get(port, "/health", null).statusCode()).isEqualTo(200);
      } finally {
        service.destroy();
        assertThat(service.waitFor(60, TimeUnit.SECONDS)).isTrue();
      }
      String errors = Files.readString(workDir.resolve(log.getFileName() + ".err"));
      for (String secret : List.of(FakeBotApi.TOKEN, WEBHOOK_SECRET, METRICS_TOKEN)) {
        assertThat(errors).as("standard error").doesNotContain(secret);
      }
      return Files.readString(log);
    }
  }

  private HttpResponse<String> get(int port, String path, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void awaitHealthy(int port, Path log) throws IOException {
    try {
      Eventually.await(
          "the service to be UP",
          WAIT,
          () -> {
            try {
              return get(port, "/health", null).statusCode() == 200;
            } catch (IOException e) {
              return false;
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return false;
            }
          });
    } catch (AssertionError e) {
      List<String> lines = Files.readAllLines(log);
      throw new AssertionError(
          e.getMessage()
              + "; the log ends:\n"
              + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())),
          e);
    }
  }

  private Process start(FakeBotApi telegram, int port, String format, Path log) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-Dlogback.configurationFile="
                    + Path.of("src/main/resources/logback.xml").toAbsolutePath(),
                "-cp",
                System.getProperty("java.class.path"),
                Application.class.getName())
            .directory(workDir.toFile())
            .redirectError(workDir.resolve(log.getFileName() + ".err").toFile())
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.keySet()
        .removeIf(
            k ->
                k.startsWith("TELEGRAM_")
                    || k.startsWith("LOG_")
                    || k.equals("MONGODB_URI")
                    || k.equals("METRICS_TOKEN"));
    env.put("PORT", String.valueOf(port));
    env.put("DATA_DIR", workDir.resolve("data-" + format).toString());
    env.put("BOT_CONFIG_DIR", Path.of("bot-config").toAbsolutePath().toString());
    env.put("TELEGRAM_BOT_TOKEN", telegram.token());
    env.put("TELEGRAM_API_URL", telegram.url());
    env.put("TELEGRAM_WEBHOOK_URL", "https://hotline.test/");
    env.put("TELEGRAM_WEBHOOK_SECRET", WEBHOOK_SECRET);
    env.put("METRICS_TOKEN", METRICS_TOKEN);
    env.put("LOG_LEVEL", "TRACE");
    env.put("LOG_FORMAT", format);
    return builder.start();
  }
}
