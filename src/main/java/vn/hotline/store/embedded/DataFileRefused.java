package vn.hotline.store.embedded;

/**
 * The embedded store's data file cannot be used as it is (empty or damaged). The service refuses to
 * start rather than begin again with an empty store, and leaves the file for the administrator.
 */
public final class DataFileRefused extends RuntimeException {
  DataFileRefused(String message) {
    super(message);
  }
}
