package vn.hotline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.config.BotConfig;
import vn.hotline.triage.Evaluation;
import vn.hotline.triage.Triage;

class EvaluateCommandTest {
  private static final BotConfig CONFIG = BotConfig.load(Path.of("bot-config"));
  private static final Triage TRIAGE = CONFIG.triage();
  private static final Path TEST_SET = Path.of("src/test/resources/triage/testset.jsonl");

  @Test
  void meetsTheQualityBarOnTheHeldOutTestSet() throws IOException {
    Evaluation evaluation = EvaluateCommand.evaluate(TRIAGE, CONFIG, TEST_SET);
    System.out.println("Held-out test set:\n" + evaluation.report());
    assertThat(evaluation.reports()).isGreaterThanOrEqualTo(200);
    assertThat(evaluation.macroF1()).isGreaterThanOrEqualTo(0.92);
    assertThat(evaluation.urgentRecall()).isEqualTo(1.0);
    assertThat(evaluation.urgentPrecision()).isGreaterThanOrEqualTo(0.8);
    assertThat(evaluation.placeAccuracy()).isGreaterThanOrEqualTo(0.95);
    assertThat(EvaluateCommand.failures(evaluation, thresholds("0.92", "1.0", "0.95"))).isEmpty();
  }

  @Test
  void reportsEveryThresholdNotReached(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("wrong.jsonl");
    Files.writeString(
        file,
        "{\"text\": \"chợ cóc đông người\", \"category\": \"HELP_FOOD\", \"urgency\": \"URGENT\", \"place\": \"25267\"}\n");
    Evaluation evaluation = EvaluateCommand.evaluate(TRIAGE, CONFIG, file);
    assertThat(EvaluateCommand.failures(evaluation, thresholds("0.5", "1", "0.5")))
        .hasSize(3)
        .anyMatch(failure -> failure.startsWith("macro-F1 0.000 < 0.500"));
    assertThat(EvaluateCommand.failures(evaluation, EvaluateCommand.Thresholds.NONE)).isEmpty();
  }

  @Test
  void exitsNonZeroBelowAThresholdAndZeroOtherwise(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("one.jsonl");
    Files.writeString(
        file, "{\"text\": \"nhà tôi hết gạo, xin hỗ trợ\", \"category\": \"HELP_FOOD\"}\n");
    assertThat(run(List.of(file.toString(), "--min-macro-f1", "0.9"))).isZero();
    Files.writeString(
        file, "{\"text\": \"nhà tôi hết gạo, xin hỗ trợ\", \"category\": \"OTHER\"}\n");
    assertThat(run(List.of(file.toString(), "--min-macro-f1", "0.9"))).isEqualTo(1);
  }

  @Test
  void refusesAMissingOrMalformedFile(@TempDir Path dir) throws IOException {
    assertThat(run(List.of(dir.resolve("missing.jsonl").toString()))).isEqualTo(2);
    assertThat(run(List.of())).isEqualTo(2);
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, "{\"text\": \"x\", \"category\": \"NO_SUCH\"}\n");
    assertThat(run(List.of(file.toString()))).isEqualTo(2);
  }

  @Test
  void refusesAFileThatIsNotUtf8InOneLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.jsonl");
    Files.write(
        file,
        "{\"text\": \"chợ đông\", \"category\": \"SPONTANEOUS_MARKET\"}\n"
            .getBytes(StandardCharsets.UTF_16LE));

    Run run = Run.of("evaluate", file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(file + ": not valid UTF-8");
  }

  @Test
  void refusesAThresholdThatIsNotANumberBeforeReadingAnything() {
    Run run = Run.of("evaluate", "x", "--min-macro-f1", "abc");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .first()
        .asString()
        .isEqualTo(
            "hotline-bot evaluate: Invalid value for option '--min-macro-f1': 'abc' is not a"
                + " double");
    assertThat(run.err()).doesNotContain("\tat ", "Exception");
  }

  private static int run(List<String> args) {
    List<String> line = new ArrayList<>(List.of("evaluate"));
    line.addAll(args);
    return Run.of(line.toArray(String[]::new)).status();
  }

  private static EvaluateCommand.Thresholds thresholds(
      String macroF1, String urgentRecall, String place) {
    return new EvaluateCommand.Thresholds(
        Optional.of(Double.valueOf(macroF1)),
        Optional.of(Double.valueOf(urgentRecall)),
        Optional.of(Double.valueOf(place)));
  }
}
