package vn.hotline.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;

/**
 * A command line run in-process as the jar runs it, with its standard streams captured.
 *
 * @param exit the status, empty when the service was started
 */
record Run(OptionalInt exit, String out, String err) {

  static Run of(String... args) {
    return of(List.of(args), new byte[0], Clock.systemUTC(), Run::noService);
  }

  static Run of(List<String> args, byte[] in, Clock clock, Runnable service) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    OptionalInt exit =
        Cli.run(
            args.toArray(String[]::new),
            new Console(
                new ByteArrayInputStream(in),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                clock),
            service);
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The status; fails when the service was started instead. */
  int status() {
    return exit.orElseThrow(() -> new AssertionError("the service was started"));
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  private static void noService() {
    throw new AssertionError("the service must not start");
  }
}
