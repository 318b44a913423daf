package vn.hotline.logging;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces secrets in a log line by {@value #MARKER}: the values the deployment was given (bot
 * token, metrics token, webhook secret, the password in the MongoDB URI) wherever they appear, and
 * whatever has the shape of a secret where one is carried (a bot token, the webhook path, an
 * authorization header, credentials in a URI). At TRACE the framework logs every property it
 * resolves and every request it sends and receives; the shapes also cover secrets this process
 * derives or is sent, such as a webhook secret derived from the token or an API key.
 */
public final class SecretMask {
  static final String MARKER = "[masked]";

  /** Shorter values are not masked where they appear: they would mask ordinary words. */
  static final int SHORTEST_VALUE = 6;

  /** The settings that hold a secret, as environment variables and as system properties. */
  static final Map<String, String> SETTINGS =
      Map.of(
          "TELEGRAM_BOT_TOKEN", "hotline.telegram.token",
          "METRICS_TOKEN", "hotline.metrics-token",
          "TELEGRAM_WEBHOOK_SECRET", "hotline.telegram.webhook-secret",
          "MONGODB_URI", "hotline.mongodb-uri");

  private static final Pattern URI_CREDENTIALS =
      Pattern.compile("^mongodb(?:\\+srv)?://[^/@]*?:([^/@]+)@");
  private static final Pattern BOT_TOKEN = Pattern.compile("^\\d+:(.+)$");

  private static final List<Shape> SHAPES =
      List.of(
          // Also URL-encoded, as in a setWebhook request's form.
          new Shape("(?i)((?:/|%2F)telegram(?:/|%2F)webhook(?:/|%2F))[^\\s/?#&\"'\\\\]+", "$1"),
          new Shape("(?i)\\d{5,}(?::|%3A)[A-Za-z0-9_-]{30,}", ""),
          new Shape(
              "(?i)((?:authorization|x-telegram-bot-api-secret-token|x-api-key|secret_token)"
                  + "[\"']?\\s*[:=]\\s*[\"'\\[]?(?:bearer\\s+|basic\\s+)?+)[^\\s,;&\"'\\[\\]}]+",
              "$1"),
          new Shape("(://[^\\s/@:]+:)[^\\s/@]+@", "$1", "@"),
          // a web desk sign-in link, and the session cookie (in a request's or answer's headers)
          new Shape("(?i)((?:/|%2F)signin(?:/|%2F))[A-Za-z0-9_-]{20,}", "$1"),
          new Shape("(hotline_session=)[^\\s;,\"']+", "$1"),
          new Shape("(appName=)[^\\s&,\"']+", "$1"));

  private final List<String> values;

  private SecretMask(Collection<String> values) {
    this.values =
        values.stream()
            .filter(value -> value.length() >= SHORTEST_VALUE)
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
  }

  /** Masks the shapes and the secrets this process was given. */
  public static SecretMask ofEnvironment() {
    return of(System.getenv(), System.getProperties());
  }

  /** Masks the given values and the shapes. */
  static SecretMask of(Collection<String> values) {
    return new SecretMask(values);
  }

  /** Masks the shapes and the values {@link #SETTINGS} have in the environment or properties. */
  static SecretMask of(Map<String, String> environment, Properties properties) {
    Set<String> values = new LinkedHashSet<>();
    SETTINGS.forEach(
        (variable, property) -> {
          setting(environment.get(variable)).ifPresent(value -> values.addAll(parts(value)));
          setting(properties.getProperty(property)).ifPresent(value -> values.addAll(parts(value)));
        });
    return new SecretMask(values);
  }

  private static Optional<String> setting(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  // A URI is not a secret, its password is; a token's part after the bot id is secret on its own.
  private static List<String> parts(String value) {
    List<String> parts = new ArrayList<>();
    Matcher credentials = URI_CREDENTIALS.matcher(value);
    if (credentials.find()) {
      parts.add(credentials.group(1));
      parts.add(URLDecoder.decode(credentials.group(1), StandardCharsets.UTF_8));
      return parts;
    }
    parts.add(value);
    // As a JSON log line writes it.
    parts.add(value.replace("\\", "\\\\").replace("\"", "\\\""));
    Matcher token = BOT_TOKEN.matcher(value);
    if (token.matches()) {
      parts.add(token.group(1));
    }
    return parts;
  }

  /** {@code text} with every secret replaced by {@value #MARKER}. */
  public String apply(String text) {
    String masked = text;
    for (String value : values) {
      if (masked.contains(value)) {
        masked = masked.replace(value, MARKER);
      }
    }
    for (Shape shape : SHAPES) {
      masked = shape.apply(masked);
    }
    return masked;
  }

  /** Text that carries a secret: the first group is kept, the secret after it replaced. */
  private record Shape(Pattern pattern, String replacement) {
    Shape(String regex, String before) {
      this(regex, before, "");
    }

    Shape(String regex, String before, String after) {
      this(Pattern.compile(regex), before + Matcher.quoteReplacement(MARKER) + after);
    }

    /** {@code text} with every secret replaced by {@value #MARKER}. */
    public String apply(String text) {
      Matcher matcher = pattern.matcher(text);
      return matcher.find() ? matcher.replaceAll(replacement) : text;
    }
  }
}
