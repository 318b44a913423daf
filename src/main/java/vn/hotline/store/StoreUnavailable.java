package vn.hotline.store;

/**
 * The store cannot be opened now: its data directory is in use by another process, cannot be
 * written or is full, or no MongoDB server answers. The message names the setting and the cause;
 * the condition may pass, so the service exits for its supervisor to try again.
 */
public final class StoreUnavailable extends RuntimeException {
  StoreUnavailable(String message) {
    super(message);
  }

  StoreUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
