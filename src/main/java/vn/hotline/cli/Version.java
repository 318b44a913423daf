package vn.hotline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version of the jar, from the {@code pom.properties} Maven puts in it, so that it cannot drift
 * from the pom's.
 */
final class Version implements IVersionProvider {
  private static final String POM_PROPERTIES =
      "/META-INF/maven/vn.hotline/hotline-bot/pom.properties";

  @Override
  public String[] getVersion() {
    return new String[] {Cli.NAME + " " + number()};
  }

  static String number() {
    try (InputStream in = Version.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        // Run from the compiled classes (tests, an IDE), not from the packaged jar.
        return "(unpackaged build)";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "(unknown version)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
