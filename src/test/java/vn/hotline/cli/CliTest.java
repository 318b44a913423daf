package vn.hotline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The jar's command line: what it runs, and what it refuses before running anything. */
class CliTest {

  @Test
  void anEmptyCommandLineServes() {
    AtomicInteger starts = new AtomicInteger();

    Run run = Run.of(List.of(), new byte[0], Clock.systemUTC(), starts::incrementAndGet);

    assertThat(starts).hasValue(1);
    assertThat(run.exit()).as("the process lives on with the service").isEmpty();
    assertThat(run.out() + run.err()).isEmpty();
  }

  @Test
  void serveServes() {
    AtomicInteger starts = new AtomicInteger();

    Run run = Run.of(List.of("serve"), new byte[0], Clock.systemUTC(), starts::incrementAndGet);

    assertThat(starts).hasValue(1);
    assertThat(run.exit()).isEmpty();
  }

  @Test
  void refusesAMisspeltCommandNamingTheCloseOne() {
    Run run = Run.of("clasify");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "hotline-bot: unknown command 'clasify'; did you mean 'classify'?",
            "Try 'hotline-bot --help' for usage.");
  }

  @Test
  void refusesAnUnknownOptionOfACommand() {
    Run run = Run.of("units", "--province", "70", "--districts");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .first()
        .asString()
        .startsWith("hotline-bot units: unknown option '--districts'");
    assertThat(run.errLines())
        .hasSize(2)
        .last()
        .isEqualTo("Try 'hotline-bot units --help' for usage.");
  }

  @Test
  void refusesAnArgumentServeDoesNotTake() {
    AtomicInteger starts = new AtomicInteger();

    Run run =
        Run.of(List.of("serve", "now"), new byte[0], Clock.systemUTC(), starts::incrementAndGet);

    assertThat(run.status()).isEqualTo(2);
    assertThat(starts).hasValue(0);
    assertThat(run.errLines()).first().asString().startsWith("hotline-bot serve: ");
  }

  @Test
  void refusesABadValueInOneLine() {
    Run run = Run.of("evaluate", "x", "--min-place", "most");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "hotline-bot evaluate: Invalid value for option '--min-place': 'most' is not a double",
            "Try 'hotline-bot evaluate --help' for usage.");
  }

  @Test
  void helpListsEveryCommand() {
    Run run = Run.of("--help");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith("Usage: hotline-bot ")
        .contains("serve", "units", "classify", "evaluate", "api-key");
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"serve", "units", "classify", "evaluate", "api-key"})
  void everyCommandHasHelp(String command) {
    Run run = Run.of(command, "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Usage: hotline-bot " + command).contains("--help");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void helpGivesTheOptionsAsTheReadmeWritesThem() {
    assertThat(Run.of("units", "--help").out())
        .contains("--province CODE", "[--no-districts]", "--register FILE", "[--out FILE]");
    assertThat(Run.of("evaluate", "--help").out())
        .contains("FILE.jsonl", "--min-macro-f1 X", "--min-urgent-recall X", "--min-place X");
    assertThat(Run.of("api-key", "--help").out())
        .contains("--name NAME", "--units CODE[,CODE...]", "--scopes SCOPE[,SCOPE...]");
  }

  @Test
  void versionNamesTheProgram() {
    Run run = Run.of("--version");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith("hotline-bot ")
        .isEqualTo("hotline-bot " + Version.number() + "\n");
  }
}
