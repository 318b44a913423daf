package vn.hotline.triage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into maps, lists, strings, doubles, booleans and nulls: enough for the boundaries
 * file, without bringing a JSON library into the domain.
 */
final class JsonValue {
  private final String text;
  private int at;

  private JsonValue(String text) {
    this.text = text;
  }

  /**
   * The value the text holds, or an {@link IllegalArgumentException} saying where it stops making
   * sense.
   */
  static Object parse(String text) {
    JsonValue reader = new JsonValue(text);
    Object value = reader.value();
    reader.skipSpace();
    if (reader.at != text.length()) {
      throw reader.problem("unexpected text after the value");
    }
    return value;
  }

  private Object value() {
    skipSpace();
    if (at >= text.length()) {
      throw problem("unexpected end");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> number();
    };
  }

  private Map<String, Object> object() {
    Map<String, Object> object = new LinkedHashMap<>();
    at++;
    if (next() == '}') {
      at++;
      return object;
    }
    while (true) {
      skipSpace();
      String key = string();
      expect(':');
      object.put(key, value());
      if (expectEither(',', '}') == '}') {
        return object;
      }
    }
  }

  private List<Object> array() {
    List<Object> array = new ArrayList<>();
    at++;
    if (next() == ']') {
      at++;
      return array;
    }
    while (true) {
      array.add(value());
      if (expectEither(',', ']') == ']') {
        return array;
      }
    }
  }

  private String string() {
    if (at >= text.length() || text.charAt(at) != '"') {
      throw problem("expected a string");
    }
    StringBuilder out = new StringBuilder();
    for (at++; at < text.length(); at++) {
      char c = text.charAt(at);
      if (c == '"') {
        at++;
        return out.toString();
      }
      if (c == '\\') {
        c = text.charAt(++at);
        switch (c) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            out.append((char) Integer.parseInt(text.substring(at + 1, at + 5), 16));
            at += 4;
          }
          default -> out.append(c);
        }
      } else {
        out.append(c);
      }
    }
    throw problem("unterminated string");
  }

  private Double number() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    try {
      return Double.valueOf(text.substring(start, at));
    } catch (NumberFormatException e) {
      at = start;
      throw problem("expected a value");
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw problem("expected a value");
    }
    at += word.length();
    return value;
  }

  private char next() {
    skipSpace();
    if (at >= text.length()) {
      throw problem("unexpected end");
    }
    return text.charAt(at);
  }

  private void expect(char c) {
    if (next() != c) {
      throw problem("expected '" + c + "'");
    }
    at++;
  }

  private char expectEither(char a, char b) {
    char c = next();
    if (c != a && c != b) {
      throw problem("expected '" + a + "' or '" + b + "'");
    }
    at++;
    return c;
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private IllegalArgumentException problem(String what) {
    return new IllegalArgumentException(what + " at character " + at);
  }
}
