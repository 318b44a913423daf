package vn.hotline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    assertThat(EvaluateCommand.failures(evaluation, List.of())).isEmpty();
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

  private static int run(List<String> args) throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(sink, true, StandardCharsets.UTF_8);
    return EvaluateCommand.run(args, stream, stream);
  }

  private static List<String> thresholds(String macroF1, String urgentRecall, String place) {
    return List.of(
        "--min-macro-f1", macroF1, "--min-urgent-recall", urgentRecall, "--min-place", place);
  }
}
