package vn.hotline.telegram;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.hotline.store.embedded.FaultyDisk;
import vn.hotline.store.embedded.FaultyDiskService;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.HealthCheck;

/**
 * The service as a child process in webhook mode against a fake Bot API, on an embedded store in
 * {@code workDir/data} whose disk a test can fill ({@link FaultyDisk}): for tests that kill it or
 * watch it exit by itself.
 */
final class ServiceProcess {
  private final Path workDir;
  private final FakeBotApi telegram;
  private final int port;
  private final String secret;
  private final HttpClient http = HttpClient.newHttpClient();

  ServiceProcess(Path workDir, FakeBotApi telegram, int port, String secret) {
    this.workDir = workDir;
    this.telegram = telegram;
    this.port = port;
    this.secret = secret;
  }

  Path dataDir() {
    return workDir.resolve("data");
  }

  /**
   * Starts the service with its output in {@code workDir/log} and any {@code -D} settings given;
   * does not wait for it.
   */
  Process start(String log, String... settings) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(List.of(settings));
    command.add("-Dhotline.store.file-system=" + FaultyDisk.SCHEME + ":");
    command.add("-Dhotline.store.exit-grace=3s");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(FaultyDiskService.class.getName());
    Files.createDirectories(dataDir());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve(log).toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.equals("MONGODB_URI"));
    env.put("PORT", String.valueOf(port));
    env.put("DATA_DIR", dataDir().toString());
    env.put("BOT_CONFIG_DIR", Path.of("bot-config").toAbsolutePath().toString());
    env.put("TELEGRAM_BOT_TOKEN", telegram.token());
    env.put("TELEGRAM_API_URL", telegram.url());
    env.put("TELEGRAM_WEBHOOK_URL", "https://hotline.test/");
    env.put("TELEGRAM_WEBHOOK_SECRET", secret);
    env.put("LOG_LEVEL", "INFO");
    return builder.start();
  }

  /** Waits until {@code /health} answers 200; on failure, the message ends with the log's tail. */
  void awaitHealthy(String log) throws IOException {
    try {
      Eventually.await(
          "the service to be UP", Duration.ofSeconds(120), () -> HealthCheck.isUp(port));
    } catch (AssertionError e) {
      List<String> lines = Files.readAllLines(workDir.resolve(log));
      throw new AssertionError(
          e.getMessage()
              + "; "
              + log
              + " ends:\n"
              + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())),
          e);
    }
  }

  HttpResponse<String> health() throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
