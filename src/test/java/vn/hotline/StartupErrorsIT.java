package vn.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.store.embedded.FaultyDisk;
import vn.hotline.store.embedded.FaultyDiskService;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;
import vn.hotline.testing.HealthCheck;

/**
 * What an administrator gets wrong, or what goes wrong under them, stops the service in its own
 * process with one line on standard error that names the setting or file and the cause, a non-zero
 * status, and no stack trace anywhere.
 */
class StartupErrorsIT {
  static final Path BOT_CONFIG = Path.of("bot-config").toAbsolutePath();
  static final String PREFIX = Pattern.quote(CannotStart.PREFIX);

  @TempDir Path workDir;

  record Run(int status, String out, String err) {}

  @Test
  void aSecondInstanceOnTheSameDataDirectoryIsRefusedWhileTheFirstRuns() throws Exception {
    Path config = configWithout("officers.yml");
    Path firstLog = workDir.resolve("first.log");
    Map<String, String> firstEnv = env(Map.of("BOT_CONFIG_DIR", config.toString()));
    Process first = start(Application.class, firstEnv, List.of(), List.of(), firstLog, firstLog);
    try {
      awaitHealthy(Integer.parseInt(firstEnv.get("PORT")), firstLog);
      Run second = run(env(Map.of()));

      assertRefused(
          second,
          CannotStart.MAY_PASS,
          "DATA_DIR "
              + Pattern.quote(data().toString())
              + ": .*hotline\\.mv\\.db is in use by another process \\(is another instance running"
              + " on this data directory\\?\\)");
    } finally {
      first.destroy();
      assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(Files.readAllLines(firstLog))
        .as("the first instance warns once that nobody can work tickets")
        .filteredOn(line -> line.contains("nobody can work tickets"))
        .singleElement()
        .asString()
        .contains("level=WARN", "officers.yml is missing: nobody can work tickets");
  }

  @Test
  void aReadOnlyDataDirectoryIsNamedWithTheSystemsReason() throws Exception {
    Files.createDirectories(data());
    Files.createFile(data().resolve(FaultyDisk.READ_ONLY_FLAG));

    Run run = runOnFaultyDisk(env(Map.of()));

    assertRefused(
        run,
        CannotStart.MAY_PASS,
        "DATA_DIR "
            + Pattern.quote(data().toString())
            + ": cannot write .*hotline\\.mv\\.db: Read-only file system");
  }

  @Test
  void aFullDiskAtStartIsNamedAndLeavesNoEmptyDataFileBehind() throws Exception {
    Files.createDirectories(data());
    Files.createFile(data().resolve(FaultyDisk.FLAG));

    Run run = runOnFaultyDisk(env(Map.of()));

    assertRefused(
        run,
        CannotStart.MAY_PASS,
        "DATA_DIR "
            + Pattern.quote(data().toString())
            + ": cannot write .*hotline\\.mv\\.db: No space left on device");
    assertThat(data().resolve("hotline.mv.db"))
        .as("an empty file would be refused as a lost store at the next start")
        .doesNotExist();
  }

  @Test
  void anUnreachableMongoDbIsNamedWithinSecondsAndItsPasswordIsNot() throws Exception {
    int port = FreePort.find();
    Run run =
        run(env(Map.of("MONGODB_URI", "mongodb://hotline:Pa55-w0rd-db@127.0.0.1:" + port + "/")));

    assertRefused(
        run,
        CannotStart.MAY_PASS,
        "MONGODB_URI: no server answered at 127\\.0\\.0\\.1:"
            + port
            + " within 5 s: .*Connection refused.*");
    assertThat(run.out() + run.err()).doesNotContain("Pa55-w0rd-db");
  }

  @Test
  void aPortThatIsNotANumberIsRefused() throws Exception {
    assertRefused(
        run(env(Map.of("PORT", "abc"))),
        CannotStart.MUST_BE_FIXED,
        "PORT=abc: expected a port number from 1 to 65535");
  }

  @Test
  void theServeCommandIsTheSameStartAsNoCommand() throws Exception {
    assertRefused(
        run(Application.class, env(Map.of("PORT", "abc")), List.of(), List.of("serve")),
        CannotStart.MUST_BE_FIXED,
        "PORT=abc: expected a port number from 1 to 65535");
  }

  @Test
  void aPortInUseIsNamed() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      assertRefused(
          run(env(Map.of("PORT", String.valueOf(port)))),
          CannotStart.MAY_PASS,
          "PORT " + port + ": cannot listen \\(.+; is another process on that port\\?\\)");
    }
  }

  @Test
  void aLogFormatOtherThanTextOrJsonIsRefused() throws Exception {
    assertRefused(
        run(env(Map.of("LOG_FORMAT", "xml"))),
        CannotStart.MUST_BE_FIXED,
        "LOG_FORMAT=xml: expected text or json");
  }

  @Test
  void aBrokenBoundariesFileIsNamed() throws Exception {
    Path config = configWith("boundaries.json", "{\"level2s\": [{\"level2_id\": \"691\",");

    assertRefused(
        run(env(Map.of("BOT_CONFIG_DIR", config.toString()))),
        CannotStart.MUST_BE_FIXED,
        "boundaries\\.json: not a usable boundaries file: .*at character \\d+");
  }

  @Test
  void aBrokenCorpusLineIsNamedWithItsLine() throws Exception {
    String corpus = Files.readString(BOT_CONFIG.resolve("triage-corpus.tsv"));
    long lines = corpus.lines().count();
    Path config = configWith("triage-corpus.tsv", corpus + "a report with no category\n");

    assertRefused(
        run(env(Map.of("BOT_CONFIG_DIR", config.toString()))),
        CannotStart.MUST_BE_FIXED,
        "triage-corpus\\.tsv:"
            + (lines + 1)
            + ": expected a category code of categories\\.yml, a tab and a text");
  }

  @Test
  void aYamlSyntaxErrorIsNamedWithItsFileAndLine() throws Exception {
    String categories = Files.readString(BOT_CONFIG.resolve("categories.yml"));
    long lines = categories.lines().count();
    Path config = configWith("categories.yml", categories + "oops: a: b\n");

    assertRefused(
        run(env(Map.of("BOT_CONFIG_DIR", config.toString()))),
        CannotStart.MUST_BE_FIXED,
        "categories\\.yml:" + (lines + 1) + ": not valid YAML: .*");
  }

  @Test
  void anEmptyOrDamagedDataFileIsRefusedAndKept() throws Exception {
    Files.createDirectories(data());
    Path file = Files.createFile(data().resolve("hotline.mv.db"));

    assertRefused(
        run(env(Map.of())),
        CannotStart.MUST_BE_FIXED,
        Pattern.quote(file.toString()) + " is empty, .*restore it from a backup.*");

    byte[] noise = new byte[64 * 1024];
    new Random(7).nextBytes(noise);
    Files.write(file, noise);
    assertRefused(
        run(env(Map.of())),
        CannotStart.MUST_BE_FIXED,
        Pattern.quote(file.toString()) + " is damaged \\(.*\\); it was left as it is.*");
    assertThat(Files.readAllBytes(file)).isEqualTo(noise);
  }

  private static void assertRefused(Run run, int status, String reason) {
    String both = run.out() + run.err();
    assertThat(run.err().lines().toList())
        .as("standard error, with on standard output:\n%s", run.out())
        .singleElement()
        .asString()
        .matches(PREFIX + reason);
    assertThat(run.status()).as(both).isEqualTo(status);
    assertThat(both).doesNotContain("\tat ", "Exception in thread");
  }

  private Path data() {
    return workDir.resolve("data");
  }

  private Map<String, String> env(Map<String, String> settings) {
    Map<String, String> env = new HashMap<>();
    env.put("PORT", String.valueOf(FreePort.find()));
    env.put("DATA_DIR", data().toString());
    env.put("BOT_CONFIG_DIR", BOT_CONFIG.toString());
    env.putAll(settings);
    return env;
  }

  private Path configWith(String file, String content) throws IOException {
    Path config = configWithout(file);
    Files.writeString(config.resolve(file), content, StandardCharsets.UTF_8);
    return config;
  }

  private Path configWithout(String file) throws IOException {
    Path config = Files.createTempDirectory(workDir, "bot-config");
    try (var files = Files.list(BOT_CONFIG)) {
      for (Path shipped : files.toList()) {
        if (Files.isRegularFile(shipped) && !shipped.getFileName().toString().equals(file)) {
          Files.copy(shipped, config.resolve(shipped.getFileName()));
        }
      }
    }
    return config;
  }

  private Run run(Map<String, String> env) throws Exception {
    return run(Application.class, env, List.of());
  }

  private Run runOnFaultyDisk(Map<String, String> env) throws Exception {
    return run(
        FaultyDiskService.class,
        env,
        List.of("-Dhotline.store.file-system=" + FaultyDisk.SCHEME + ":"));
  }

  private Run run(Class<?> main, Map<String, String> env, List<String> options) throws Exception {
    return run(main, env, options, List.of());
  }

  private Run run(Class<?> main, Map<String, String> env, List<String> options, List<String> args)
      throws Exception {
    Path out = Files.createTempFile(workDir, "out", ".log");
    Path err = Files.createTempFile(workDir, "err", ".log");
    Process process = start(main, env, options, args, out, err);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("still running after 60 s:\n" + Files.readString(out));
    }
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private Process start(
      Class<?> main,
      Map<String, String> env,
      List<String> options,
      List<String> args,
      Path out,
      Path err)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(options);
    command.add(
        "-Dlogback.configurationFile="
            + Path.of("src/main/resources/logback.xml").toAbsolutePath());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(args);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder
        .environment()
        .keySet()
        .removeIf(
            k ->
                k.startsWith("TELEGRAM_")
                    || k.startsWith("LOG_")
                    || List.of("DATA_DIR", "BOT_CONFIG_DIR", "MONGODB_URI", "PORT", "METRICS_TOKEN")
                        .contains(k));
    builder.environment().putAll(env);
    return builder.start();
  }

  private static void awaitHealthy(int port, Path log) throws IOException {
    try {
      Eventually.await(
          "the service to be UP", Duration.ofSeconds(60), () -> HealthCheck.isUp(port));
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "; its log:\n" + Files.readString(log), e);
    }
  }
}
