package vn.hotline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.hotline.config.BotConfig;
import vn.hotline.triage.Evaluation;
import vn.hotline.triage.Triage;

/**
 * {@code evaluate FILE.jsonl [--min-macro-f1 X] [--min-urgent-recall X] [--min-place X]}: scores
 * the triage of the deployment against labelled reports and prints accuracy, macro-F1, per-category
 * precision and recall, the confusion matrix, URGENT recall and precision, and place accuracy.
 * Exits 1 when a figure falls below a threshold given, 2 when the file cannot be used.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    separator = " ",
    sortOptions = false,
    sortSynopsis = false,
    description = {
      "Scores the triage of the deployment (BOT_CONFIG_DIR) against labelled reports.",
      "Each line of the file is a JSON object with \"text\", \"category\" and optionally"
          + " \"urgency\" and \"place\". Prints accuracy, macro-F1, per category precision and"
          + " recall, the confusion matrix, URGENT recall and precision, place accuracy.",
      "Exits 1 when a figure falls below a threshold given, 2 when the file cannot be used."
    })
final class EvaluateCommand implements Callable<Integer> {
  static final int BELOW_THRESHOLD = 1;
  static final int FILE_UNUSABLE = 2;
  private static final String USAGE =
      "usage: evaluate FILE.jsonl [--min-macro-f1 X] [--min-urgent-recall X] [--min-place X]";

  /** The figures the evaluation must reach, those given. */
  record Thresholds(
      Optional<Double> macroF1, Optional<Double> urgentRecall, Optional<Double> place) {
    static final Thresholds NONE =
        new Thresholds(Optional.empty(), Optional.empty(), Optional.empty());
  }

  private final Console console;

  @Parameters(paramLabel = "FILE.jsonl", description = "the labelled reports")
  private Path file;

  @Option(names = "--min-macro-f1", paramLabel = "X", description = "the least macro-F1, 0 to 1")
  private Optional<Double> minMacroF1;

  @Option(
      names = "--min-urgent-recall",
      paramLabel = "X",
      description = "the least URGENT recall, 0 to 1")
  private Optional<Double> minUrgentRecall;

  @Option(names = "--min-place", paramLabel = "X", description = "the least place accuracy, 0 to 1")
  private Optional<Double> minPlace;

  EvaluateCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    PrintStream out = console.out();
    PrintStream err = console.err();
    if (!Files.isRegularFile(file)) {
      err.println("no such file: " + file + "\n" + USAGE);
      return FILE_UNUSABLE;
    }
    BotConfig config = BotConfig.load(ConfigDir.fromEnvironment());
    Evaluation evaluation;
    try {
      evaluation = evaluate(config.triage(), config, file);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return FILE_UNUSABLE;
    } catch (CharacterCodingException e) {
      err.println(file + ": not valid UTF-8");
      return FILE_UNUSABLE;
    } catch (IOException e) {
      err.println("cannot read " + file + ": " + e.getMessage());
      return FILE_UNUSABLE;
    }
    out.print(evaluation.report());
    List<String> failures =
        failures(evaluation, new Thresholds(minMacroF1, minUrgentRecall, minPlace));
    failures.forEach(failure -> err.println("below threshold: " + failure));
    return failures.isEmpty() ? 0 : BELOW_THRESHOLD;
  }

  static Evaluation evaluate(Triage triage, BotConfig config, Path file) throws IOException {
    Evaluation evaluation = new Evaluation(config.categories().codes());
    for (LabelledReports.Labelled report : LabelledReports.read(file, config.categories())) {
      evaluation.add(report.expected(), triage.assess(report.text()));
    }
    return evaluation;
  }

  /** The thresholds given that the evaluation does not reach. */
  static List<String> failures(Evaluation evaluation, Thresholds thresholds) {
    List<String> failures = new ArrayList<>();
    check("macro-F1", evaluation.macroF1(), thresholds.macroF1(), failures);
    check("URGENT recall", evaluation.urgentRecall(), thresholds.urgentRecall(), failures);
    check("place accuracy", evaluation.placeAccuracy(), thresholds.place(), failures);
    return failures;
  }

  private static void check(
      String figure, double value, Optional<Double> minimum, List<String> failures) {
    if (minimum.isPresent() && value < minimum.get()) {
      failures.add(String.format(Locale.ROOT, "%s %.3f < %.3f", figure, value, minimum.get()));
    }
  }
}
