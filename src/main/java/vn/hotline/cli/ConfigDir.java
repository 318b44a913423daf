package vn.hotline.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the offline commands read the deployment's configuration: {@code BOT_CONFIG_DIR}, or {@code
 * ./bot-config}.
 */
final class ConfigDir {
  private ConfigDir() {}

  static Path fromEnvironment() {
    return Path.of(Optional.ofNullable(System.getenv("BOT_CONFIG_DIR")).orElse("./bot-config"));
  }
}
