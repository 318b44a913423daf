package vn.hotline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code serve}: starts the service, configured by environment variables (see README). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Runs the service, configured by environment variables (the default).",
      "What the jar runs when no command is named. A start-up error is one line, with status 2"
          + " for a setting or file to fix and 75 for a condition that may pass."
    })
final class ServeCommand implements Callable<Integer> {
  private final Runnable service;
  private boolean started;

  ServeCommand(Runnable service) {
    this.service = service;
  }

  @Override
  public Integer call() {
    service.run();
    started = true;
    return 0;
  }

  /** Whether the service was started: then the process lives on with it. */
  boolean started() {
    return started;
  }
}
