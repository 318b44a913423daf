package vn.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;
import vn.hotline.testing.HealthCheck;

/** Starts the service as a newcomer would, in its own process, with nothing but defaults. */
class StartupIT {
  static final Path BOT_CONFIG = Path.of("bot-config").toAbsolutePath();

  @TempDir Path workDir;

  @Test
  void startsOnItsEmbeddedDefaultAnswersHealthAndStopsCleanlyOnSigterm() throws Exception {
    int port = FreePort.find();
    Path log = workDir.resolve("service.log");
    Files.createSymbolicLink(workDir.resolve("bot-config"), BOT_CONFIG);
    Process service = start(Map.of("PORT", String.valueOf(port), "TELEGRAM_BOT_TOKEN", ""), log);
    try {
      Eventually.await(
          "/health to answer UP", Duration.ofSeconds(60), () -> HealthCheck.isUp(port));
      service.destroy(); // SIGTERM
      assertThat(service.waitFor(20, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
    } finally {
      service.destroyForcibly();
    }
    String output = Files.readString(log);
    assertThat(output)
        .contains("store=embedded", "telegram=off", "Embedded Application shutting down");
    assertThat(output).doesNotContain("ERROR", "Exception");
    assertThat(workDir.resolve("data/hotline.mv.db")).exists();
  }

  @Test
  void aBrokenConfigurationStopsStartUpWithOneClearLine() throws Exception {
    Path config = workDir.resolve("broken-config");
    Files.createDirectories(config);
    try (var files = Files.list(BOT_CONFIG)) {
      for (Path file : files.toList()) {
        if (Files.isRegularFile(file)) {
          Files.copy(file, config.resolve(file.getFileName()));
        }
      }
    }
    Files.writeString(
        config.resolve("units.yml"),
        Files.readString(config.resolve("units.yml"))
            .replace("parent: \"691\"", "parent: \"6910\""));
    Path log = workDir.resolve("broken.log");
    Process service =
        start(
            Map.of("PORT", String.valueOf(FreePort.find()), "BOT_CONFIG_DIR", config.toString()),
            log);
    assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(service.exitValue()).isEqualTo(2);
    String output = Files.readString(log).strip();
    assertThat(output.lines()).hasSize(1);
    assertThat(output)
        .matches("hotline-bot: cannot start: units\\.yml:\\d+: unit \\d+: unknown parent 6910");
  }

  private Process start(Map<String, String> env, Path log) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Dlogback.configurationFile="
                    + Path.of("src/main/resources/logback.xml").toAbsolutePath(),
                Application.class.getName())
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder
        .environment()
        .keySet()
        .removeIf(
            k ->
                k.equals("DATA_DIR")
                    || k.equals("BOT_CONFIG_DIR")
                    || k.equals("MONGODB_URI")
                    || k.startsWith("TELEGRAM_"));
    builder.environment().putAll(env);
    return builder.start();
  }
}
