package vn.hotline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The jar's command: with no command named, it serves, as a container's bare start expects. */
@Command(
    name = Cli.NAME,
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "The citizens' hotline: the service (serve, the default) and offline commands.",
    synopsisSubcommandLabel = "[COMMAND]")
final class HotlineBot implements Callable<Integer> {
  private final ServeCommand serve;

  HotlineBot(ServeCommand serve) {
    this.serve = serve;
  }

  @Override
  public Integer call() {
    return serve.call();
  }
}
