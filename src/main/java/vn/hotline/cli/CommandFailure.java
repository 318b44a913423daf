package vn.hotline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;
import vn.hotline.config.ConfigException;

/**
 * A command that fails while it runs says why in one line, not in a stack trace: status 2 for a
 * file it cannot use (the configuration, a register, a file named), 1 for anything else.
 */
final class CommandFailure {
  static final int FILE_UNUSABLE = 2;
  static final int UNEXPECTED = 1;

  private CommandFailure() {}

  static int report(Exception e, CommandLine command, ParseResult parsed) {
    command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + said(e));
    command.getErr().flush();
    return switch (e) {
      case ConfigException config -> FILE_UNUSABLE;
      case IOException io -> FILE_UNUSABLE;
      case UncheckedIOException io -> FILE_UNUSABLE;
      default -> UNEXPECTED;
    };
  }

  private static String said(Exception e) {
    if (e instanceof ConfigException) {
      return e.getMessage();
    }
    return e.getMessage() == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
