package vn.hotline;

import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;

/**
 * Micronaut's start, which hands a failure back to its caller instead of logging it with its stack
 * trace and exiting: the caller says it in one line ({@link CannotStart}).
 */
final class ServiceStart extends Micronaut {

  /** Thrown out of {@link #start()} with what stopped it as the cause. */
  static final class Failed extends RuntimeException {
    Failed(Throwable cause) {
      super(cause);
    }
  }

  @Override
  protected void handleStartupException(Environment environment, Throwable exception) {
    throw exception instanceof Failed failed ? failed : new Failed(exception);
  }
}
