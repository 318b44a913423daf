package vn.hotline.store.embedded;

import vn.hotline.Application;

/** The service with {@link FaultyDisk} registered, for a child process whose disk fills up. */
public final class FaultyDiskService {
  private FaultyDiskService() {}

  public static void main(String[] args) throws Exception {
    FaultyDisk.register();
    Application.main(args);
  }
}
