package vn.hotline;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.LoggerFactory;
import vn.hotline.cli.Cli;
import vn.hotline.config.BotConfig;
import vn.hotline.logging.SecretMask;

/** Starts the hotline service, or runs one of the offline commands named on the command line. */
public final class Application {
  private Application() {}

  public static void main(String[] args) {
    OptionalInt exit = Cli.run(args, Application::serve);
    if (exit.isPresent()) {
      System.out.flush();
      System.exit(exit.getAsInt());
    }
  }

  /** Starts the service and returns once it runs, or exits with one line saying why it cannot. */
  private static void serve() {
    Map<String, String> environment = System.getenv();
    try {
      CannotStart.settings(environment).ifPresent(Application::refuse);
      BotConfig config =
          BotConfig.load(
              Path.of(
                  Optional.ofNullable(environment.get("BOT_CONFIG_DIR")).orElse("./bot-config")));
      new ServiceStart().mainClass(Application.class).banner(false).singletons(config).start();
    } catch (RuntimeException | Error e) {
      // One line an administrator can act on, not a stack trace of seventy lines.
      LoggerFactory.getLogger(Application.class).debug("start-up failed", e);
      refuse(CannotStart.of(e, environment));
    }
  }

  private static void refuse(CannotStart cannotStart) {
    System.out.flush();
    System.err.println(SecretMask.ofEnvironment().apply(cannotStart.line()));
    System.exit(cannotStart.status());
  }
}
