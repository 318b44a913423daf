package vn.hotline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.Map;
import java.util.Optional;
import vn.hotline.config.ConfigException;
import vn.hotline.logging.LogFormat;
import vn.hotline.store.StoreUnavailable;
import vn.hotline.store.embedded.DataFileRefused;

/**
 * Why the service cannot start, as the one line an administrator reads ({@code hotline-bot: cannot
 * start: …}, naming the setting or file and the cause) and the exit status its supervisor acts on.
 *
 * @param reason what to fix, one line
 * @param status {@value #MUST_BE_FIXED} for a setting or file to fix, {@value #MAY_PASS} for a
 *     condition that may pass (the store in use, full or unreachable; the port taken), 1 otherwise
 */
record CannotStart(String reason, int status) {
  static final int MUST_BE_FIXED = 2;
  static final int MAY_PASS = 75; // EX_TEMPFAIL, as when the store fails under a running service
  static final int UNEXPECTED = 1;
  static final String PREFIX = "hotline-bot: cannot start: ";
  private static final int MAX_DEPTH = 32; // a chain of causes can loop

  CannotStart {
    reason = reason.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** The line to print. */
  String line() {
    return PREFIX + reason;
  }

  /** The settings the environment gives wrong, checked before anything starts. */
  static Optional<CannotStart> settings(Map<String, String> environment) {
    String format = environment.get("LOG_FORMAT");
    if (LogFormat.named(format).isEmpty()) {
      return Optional.of(
          new CannotStart("LOG_FORMAT=" + format + ": expected text or json", MUST_BE_FIXED));
    }
    String port = environment.get("PORT");
    if (port != null && !isPort(port)) {
      return Optional.of(
          new CannotStart(
              "PORT=" + port + ": expected a port number from 1 to 65535", MUST_BE_FIXED));
    }
    return Optional.empty();
  }

  private static boolean isPort(String port) {
    String digits = port.strip();
    return digits.matches("\\d{1,5}")
        && Integer.parseInt(digits) >= 1
        && Integer.parseInt(digits) <= 65_535;
  }

  /** What {@code failure}, thrown while starting, means for the administrator. */
  static CannotStart of(Throwable failure, Map<String, String> environment) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = next(cause)) {
      switch (cause) {
        case ConfigException e -> {
          return new CannotStart(e.getMessage(), MUST_BE_FIXED);
        }
        case DataFileRefused e -> {
          return new CannotStart(e.getMessage(), MUST_BE_FIXED);
        }
        case StoreUnavailable e -> {
          return new CannotStart(e.getMessage(), MAY_PASS);
        }
        case IOException e when isPortTaken(e) -> {
          return new CannotStart(
              "PORT "
                  + environment.getOrDefault("PORT", "8080")
                  + ": cannot listen ("
                  + e.getMessage()
                  + "; is another process on that port?)",
              MAY_PASS);
        }
        case UncheckedIOException e when e.getCause() != null -> {
          return new CannotStart(e.getMessage() + ": " + said(e.getCause()), UNEXPECTED);
        }
        default -> {}
      }
    }
    return new CannotStart(
        said(root(failure)) + " (LOG_LEVEL=DEBUG logs the stack trace)", UNEXPECTED);
  }

  // Netty's native transport says it in an IOException of its own.
  private static boolean isPortTaken(IOException e) {
    return e instanceof BindException
        || String.valueOf(e.getMessage()).contains("Address already in use");
  }

  private static Throwable next(Throwable e) {
    return e.getCause() == e ? null : e.getCause();
  }

  private static Throwable root(Throwable e) {
    Throwable root = e;
    for (int depth = 0; next(root) != null && depth < MAX_DEPTH; depth++) {
      root = next(root);
    }
    return root;
  }

  private static String said(Throwable e) {
    String message = e.getMessage();
    if (e instanceof IOException && message != null) {
      return message;
    }
    return message == null
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + message;
  }
}
