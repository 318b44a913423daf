package vn.hotline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.Application;
import vn.hotline.testing.FreePort;

/**
 * Demo mode never runs beside a real bot: with a bot token set too, the service refuses to start,
 * in its own process, with one line that says why and a status that says it must be fixed.
 */
class DemoRefusalIT {
  static final String REAL_LOOKING_TOKEN = "7104455672:AAHrealLookingTokenForTheDemoTest1";

  @TempDir Path workDir;

  @Test
  void demoWithABotTokenIsRefusedWithOneLineSayingWhy() throws Exception {
    Path out = workDir.resolve("out.log");
    Path err = workDir.resolve("err.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-Dlogback.configurationFile="
                    + Path.of("src/main/resources/logback.xml").toAbsolutePath(),
                "-cp",
                System.getProperty("java.class.path"),
                Application.class.getName())
            .directory(workDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    Map<String, String> env = builder.environment();
    env.keySet()
        .removeIf(
            k ->
                k.startsWith("TELEGRAM_")
                    || k.startsWith("LOG_")
                    || List.of("DATA_DIR", "BOT_CONFIG_DIR", "MONGODB_URI", "PORT", "DEMO")
                        .contains(k));
    env.put("DEMO", "true");
    env.put("TELEGRAM_BOT_TOKEN", REAL_LOOKING_TOKEN);
    env.put("PORT", String.valueOf(FreePort.find()));
    env.put("DATA_DIR", workDir.resolve("data").toString());
    env.put("BOT_CONFIG_DIR", Path.of("bot-config").toAbsolutePath().toString());

    Process process = builder.start();
    boolean exited = process.waitFor(60, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }

    String output = Files.readString(out);
    List<String> errors = Files.readAllLines(err);
    assertThat(exited).as("exited by itself; its output:\n%s", output).isTrue();
    assertThat(process.exitValue())
        .as("a setting to fix; standard error:\n%s", errors)
        .isEqualTo(2);
    assertThat(errors)
        .singleElement()
        .isEqualTo("hotline-bot: cannot start: " + DemoFactory.REAL_TOKEN_REFUSED);
    assertThat(output + errors)
        .doesNotContain(REAL_LOOKING_TOKEN, "\tat ", "Exception in thread", "demo=on");
  }
}
