package vn.hotline.open311;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of an {@code application/x-www-form-urlencoded} body, read as the spec sends them:
 * UTF-8 always, and {@code attribute[code]=value} for the answers to a service's attributes.
 * Decoded here rather than by the framework so that the bracketed names arrive as they were sent.
 * As the spec's optional arguments say, a field sent empty is a field not sent; of a field sent
 * twice, the first counts.
 */
record Open311Form(Map<String, String> fields) {
  private static final String ATTRIBUTE = "attribute[";

  Open311Form {
    fields = Map.copyOf(fields);
  }

  static Open311Form decode(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (body != null) {
      for (String pair : body.split("&")) {
        int equals = pair.indexOf('=');
        String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
        if (!name.isEmpty()) {
          fields.putIfAbsent(name, value);
        }
      }
    }
    return new Open311Form(fields);
  }

  /** The field's value, stripped, or empty when it was not sent or sent blank. */
  Optional<String> get(String name) {
    return Optional.ofNullable(fields.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** The answer to the attribute {@code code} ({@code attribute[code]}), as {@link #get}. */
  Optional<String> attribute(String code) {
    return get(ATTRIBUTE + code + "]");
  }

  // A malformed escape (a lone %) is the sender's typo: read it as it was sent.
  private static String decoded(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }
}
