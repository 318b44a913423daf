package vn.hotline.cli;

import java.io.PrintWriter;
import java.util.OptionalInt;
import picocli.CommandLine;

/**
 * The command line of the jar ({@code java -jar hotline-bot.jar [COMMAND] ...}): the service by
 * default ({@code serve}), or one of the offline commands, which start no HTTP server and touch no
 * store. A command line it cannot use is refused in one line with status 2, before anything runs.
 */
public final class Cli {
  static final String NAME = "hotline-bot";

  private Cli() {}

  /**
   * Runs {@code args} on the process's standard streams.
   *
   * @param service starts the service and returns once it runs; it is called for {@code serve}
   * @return the status to exit with, or empty when the service was started and runs on
   */
  public static OptionalInt run(String[] args, Runnable service) {
    return run(args, Console.ofProcess(), service);
  }

  static OptionalInt run(String[] args, Console console, Runnable service) {
    ServeCommand serve = new ServeCommand(service);
    CommandLine line =
        new CommandLine(new HotlineBot(serve))
            .addSubcommand(serve)
            .addSubcommand(new UnitsCommand(console))
            .addSubcommand(new ClassifyCommand(console))
            .addSubcommand(new EvaluateCommand(console))
            .addSubcommand(new ApiKeyCommand(console))
            .setOut(new PrintWriter(console.out(), true))
            .setErr(new PrintWriter(console.err(), true))
            .setParameterExceptionHandler(UsageError::refuse)
            .setExecutionExceptionHandler(CommandFailure::report);
    int status = line.execute(args);
    return serve.started() ? OptionalInt.empty() : OptionalInt.of(status);
  }
}
