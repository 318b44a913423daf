package vn.hotline;

import io.micronaut.runtime.Micronaut;
import java.nio.file.Path;
import java.util.Optional;
import vn.hotline.cli.Commands;
import vn.hotline.config.BotConfig;
import vn.hotline.config.ConfigException;

/** Starts the hotline service, or runs one of the offline commands named on the command line. */
public final class Application {
  private Application() {}

  public static void main(String[] args) throws Exception {
    Optional<Integer> exit = Commands.run(args, System.out, System.err);
    if (exit.isPresent()) {
      System.out.flush();
      System.exit(exit.get());
    }
    BotConfig config;
    try {
      config =
          BotConfig.load(
              Path.of(Optional.ofNullable(System.getenv("BOT_CONFIG_DIR")).orElse("./bot-config")));
    } catch (ConfigException e) {
      // One line an administrator can act on, not a stack trace.
      System.err.println("hotline-bot: cannot start: " + e.getMessage());
      System.exit(2);
      return;
    }
    Micronaut.build(args).mainClass(Application.class).banner(false).singletons(config).start();
  }
}
