package vn.hotline;

import io.micronaut.runtime.Micronaut;
import java.util.Optional;
import vn.hotline.cli.Commands;

/** Starts the hotline service, or runs one of the offline commands named on the command line. */
public final class Application {
  private Application() {}

  public static void main(String[] args) throws Exception {
    Optional<Integer> exit = Commands.run(args, System.out, System.err);
    if (exit.isPresent()) {
      System.out.flush();
      System.exit(exit.get());
    }
    Micronaut.build(args).mainClass(Application.class).banner(false).start();
  }
}
