package vn.hotline.store.embedded;

/**
 * The embedded store's data directory cannot be used now: it is in use by another process, cannot
 * be written or is full. The message names the directory and the cause; the condition may pass.
 */
public final class DataDirectoryUnavailable extends RuntimeException {
  DataDirectoryUnavailable(String message) {
    super(message);
  }
}
