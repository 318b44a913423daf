package vn.hotline.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import vn.hotline.telegram.FakeBotApi;
import vn.hotline.testing.TempDirs;

/**
 * The Micronaut properties of a service a test starts: its data in a new temporary directory, and
 * as the test needs, the web desk on a loopback port, a fake Bot API or none, a copy of the shipped
 * {@code bot-config}, an outbox that never holds messages back.
 */
public final class WebServiceProperties {
  private final Map<String, String> properties = new HashMap<>();

  private WebServiceProperties(String name) {
    properties.put("hotline.data-dir", TempDirs.create(name).toString());
    // Tests post from one address many times; the limits' own test sets them low again.
    properties.put("hotline.public-limits.per-address", "10000");
    properties.put("hotline.public-limits.overall", "10000");
  }

  /** A service whose data lives in a new temporary directory named after {@code name}. */
  public static WebServiceProperties dataIn(String name) {
    return new WebServiceProperties(name);
  }

  /** The address of a service served on {@code port} of the loopback. */
  public static String base(int port) {
    return "http://127.0.0.1:" + port;
  }

  /** Serves the web desk on {@code port}, which is also the address its links carry. */
  public WebServiceProperties servedOn(int port) {
    properties.put("micronaut.server.port", String.valueOf(port));
    properties.put("hotline.web.public-url", base(port));
    return this;
  }

  /** Talks to {@code telegram} as its Bot API. */
  public WebServiceProperties talkingTo(FakeBotApi telegram) {
    properties.putAll(telegram.properties());
    return this;
  }

  /** Without a bot token: Telegram stays off. */
  public WebServiceProperties withoutTelegram() {
    return with("hotline.telegram.token", "");
  }

  /** In demo mode, without a bot token. */
  public WebServiceProperties demo() {
    return withoutTelegram().with("hotline.demo.enabled", "true");
  }

  /** Reads its settings from {@code dir} rather than the shipped {@code bot-config}. */
  public WebServiceProperties botConfig(Path dir) {
    return with("hotline.bot-config-dir", dir.toString());
  }

  /**
   * Limits of the outbox high enough that no message of a test waits its turn behind the limits
   * meant for Telegram.
   */
  public WebServiceProperties roomyOutbox() {
    return with("hotline.outbox.per-chat", "100")
        .with("hotline.outbox.per-group", "1000")
        .with("hotline.outbox.global", "1000");
  }

  public WebServiceProperties with(String name, String value) {
    properties.put(name, value);
    return this;
  }

  public Map<String, String> map() {
    return Map.copyOf(properties);
  }

  /**
   * A copy of the shipped {@code bot-config} in a new temporary directory named after {@code name}.
   */
  public static Path copyOfBotConfig(String name) {
    Path copy = TempDirs.create(name);
    try (Stream<Path> files = Files.list(Path.of("bot-config"))) {
      for (Path shipped : files.toList()) {
        Files.copy(shipped, copy.resolve(shipped.getFileName()));
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of the shipped {@code bot-config} with {@code file} changed by {@code edit}. */
  public static Path copyOfBotConfig(String name, String file, UnaryOperator<String> edit) {
    Path copy = copyOfBotConfig(name);
    Path changed = copy.resolve(file);
    try {
      Files.writeString(changed, edit.apply(Files.readString(changed)));
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
