package vn.hotline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;
import vn.hotline.testing.HealthCheck;

/**
 * The packaged jar, as an administrator runs it: without a command it serves; a command line it
 * cannot use is refused in one line with a hint and status 2, with no stack trace and no service
 * started.
 */
class CommandLineIT {
  static final Path JAR = Path.of("target/hotline-bot.jar").toAbsolutePath();

  @TempDir Path workDir;

  record Result(int status, String out, String err) {}

  @Test
  void aMisspeltCommandIsRefusedNamingTheCloseOne() throws Exception {
    Result result = java("clasify");

    assertThat(result.status()).as(result.err()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines().toList())
        .containsExactly(
            "hotline-bot: unknown command 'clasify'; did you mean 'classify'?",
            "Try 'hotline-bot --help' for usage.");
  }

  @Test
  void aThresholdThatIsNotANumberIsRefusedInOneLine() throws Exception {
    Result result = java("evaluate", "x", "--min-macro-f1", "abc");

    assertThat(result.status()).as(result.err()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines().toList())
        .containsExactly(
            "hotline-bot evaluate: Invalid value for option '--min-macro-f1': 'abc' is not a"
                + " double",
            "Try 'hotline-bot evaluate --help' for usage.");
  }

  @Test
  void theVersionIsThePoms() throws Exception {
    Result result = java("--version");

    assertThat(result.status()).as(result.err()).isZero();
    assertThat(result.out()).matches("hotline-bot \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
  }

  @Test
  void theJarWithoutACommandServes() throws Exception {
    int port = FreePort.find();
    Files.createSymbolicLink(workDir.resolve("bot-config"), Path.of("bot-config").toAbsolutePath());
    ProcessBuilder builder =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"), "-jar", JAR.toString())
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(workDir.resolve("service.log").toFile());
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.equals("MONGODB_URI") || k.startsWith("TELEGRAM_"));
    builder.environment().put("PORT", String.valueOf(port));
    builder.environment().put("DATA_DIR", workDir.resolve("data").toString());
    Process service = builder.start();
    try {
      Eventually.await(
          "/health to answer UP", Duration.ofSeconds(60), () -> HealthCheck.isUp(port));
    } finally {
      service.destroy();
      if (!service.waitFor(20, TimeUnit.SECONDS)) {
        service.destroyForcibly();
      }
    }
  }

  private Result java(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = workDir.resolve("out");
    Path err = workDir.resolve("err");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    // Were the service to start by mistake, it would stop at once, saying so about PORT.
    builder.environment().put("PORT", "not-a-port");
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("still running after 60 s:\n" + Files.readString(out));
    }
    return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
  }
}
