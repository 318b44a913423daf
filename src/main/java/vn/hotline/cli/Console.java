package vn.hotline.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;

/**
 * What the commands read and write, and the clock they date things by: the process's, or a test's.
 */
record Console(InputStream in, PrintStream out, PrintStream err, Clock clock) {

  static Console ofProcess() {
    return new Console(System.in, System.out, System.err, Clock.systemUTC());
  }
}
