package vn.hotline.config;

/**
 * Configuration that cannot be used. The message is the one line an administrator needs: the file,
 * where in it, and what is wrong.
 */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }

  ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
