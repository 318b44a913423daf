package vn.hotline.cli;

import java.util.List;
import java.util.Optional;

/** Reads {@code --name value} options from a command line. */
final class Arguments {
  private Arguments() {}

  static Optional<String> value(List<String> args, String name) {
    int at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
  }
}
