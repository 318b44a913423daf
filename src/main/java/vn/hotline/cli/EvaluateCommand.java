package vn.hotline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.hotline.config.BotConfig;
import vn.hotline.triage.Evaluation;
import vn.hotline.triage.Triage;

/**
 * {@code evaluate FILE.jsonl [--min-macro-f1 X] [--min-urgent-recall X] [--min-place X]}: scores
 * the triage of the deployment against labelled reports and prints accuracy, macro-F1, per-category
 * precision and recall, the confusion matrix, URGENT recall and precision, and place accuracy.
 * Exits 1 when a figure falls below a threshold given, 2 when the file cannot be used.
 */
final class EvaluateCommand {
  private static final String USAGE =
      "usage: evaluate FILE.jsonl [--min-macro-f1 X] [--min-urgent-recall X] [--min-place X]";

  private EvaluateCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
    if (args.isEmpty()
        || args.get(0).startsWith("--")
        || !Files.isRegularFile(Path.of(args.get(0)))) {
      err.println(args.isEmpty() ? USAGE : "no such file: " + args.get(0) + "\n" + USAGE);
      return 2;
    }
    BotConfig config = BotConfig.load(ConfigDir.fromEnvironment());
    Evaluation evaluation;
    try {
      evaluation = evaluate(config.triage(), config, Path.of(args.get(0)));
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
    out.print(evaluation.report());
    List<String> failures = failures(evaluation, args);
    failures.forEach(failure -> err.println("below threshold: " + failure));
    return failures.isEmpty() ? 0 : 1;
  }

  static Evaluation evaluate(Triage triage, BotConfig config, Path file) throws IOException {
    Evaluation evaluation = new Evaluation(config.categories().codes());
    for (LabelledReports.Labelled report : LabelledReports.read(file, config.categories())) {
      evaluation.add(report.expected(), triage.assess(report.text()));
    }
    return evaluation;
  }

  /** The thresholds given on the command line that the evaluation does not reach. */
  static List<String> failures(Evaluation evaluation, List<String> args) {
    List<String> failures = new ArrayList<>();
    check("macro-F1", evaluation.macroF1(), threshold(args, "--min-macro-f1"), failures);
    check(
        "URGENT recall",
        evaluation.urgentRecall(),
        threshold(args, "--min-urgent-recall"),
        failures);
    check("place accuracy", evaluation.placeAccuracy(), threshold(args, "--min-place"), failures);
    return failures;
  }

  private static Optional<Double> threshold(List<String> args, String name) {
    return Arguments.value(args, name).map(Double::valueOf);
  }

  private static void check(
      String figure, double value, Optional<Double> minimum, List<String> failures) {
    if (minimum.isPresent() && value < minimum.get()) {
      failures.add(String.format(Locale.ROOT, "%s %.3f < %.3f", figure, value, minimum.get()));
    }
  }
}
