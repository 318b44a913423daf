package vn.hotline.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line that names no command or option of the jar, or gives an option a value it cannot
 * take: refused before anything runs, in one line with a hint, and status 2 (as {@code sh} does).
 */
final class UsageError {
  static final int STATUS = 2;

  private UsageError() {}

  static int refuse(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    PrintWriter err = command.getErr();
    err.println(name + ": " + problem(e));
    err.println("Try '" + name + " --help' for usage.");
    err.flush();
    return STATUS;
  }

  private static String problem(ParameterException e) {
    if (!(e instanceof UnmatchedArgumentException unmatched)) {
      return e.getMessage();
    }
    List<String> words = unmatched.getUnmatched();
    String first = words.isEmpty() ? "" : words.get(0);
    String kind;
    if (first.startsWith("-")) {
      kind = "option";
    } else if (e.getCommandLine().getSubcommands().isEmpty()) {
      kind = "argument";
    } else {
      kind = "command";
    }
    String problem = "unknown " + kind + " '" + first + "'";
    List<String> suggestions = unmatched.getSuggestions();
    return suggestions.isEmpty()
        ? problem
        : problem + "; did you mean '" + suggestions.get(0) + "'?";
  }
}
