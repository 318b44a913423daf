package vn.hotline.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The commands the jar runs instead of the service ({@code java -jar hotline-bot.jar COMMAND ...}).
 * They start no HTTP server and touch no store.
 */
public final class Commands {
  private Commands() {}

  /**
   * Runs {@code args} if it names a command and returns its exit code; empty when it names none.
   */
  public static Optional<Integer> run(String[] args, PrintStream out, PrintStream err)
      throws Exception {
    if (args.length == 0) {
      return Optional.empty();
    }
    List<String> rest = List.of(args).subList(1, args.length);
    return switch (args[0]) {
      case "units" -> Optional.of(UnitsCommand.run(rest, out, err));
      case "classify" -> Optional.of(ClassifyCommand.run(System.in, out));
      case "evaluate" -> Optional.of(EvaluateCommand.run(rest, out, err));
      case "api-key" -> Optional.of(ApiKeyCommand.run(rest, out, err, Clock.systemUTC()));
      default -> Optional.empty();
    };
  }
}
