package vn.hotline.open311;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes an {@link Open311Document} as the spec's JSON or XML. */
final class Open311Writer {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Open311Writer() {}

  static String write(Open311Document document, Open311Format format) {
    return format == Open311Format.JSON ? json(document) : xml(document);
  }

  static String json(Open311Document document) {
    Object tree =
        switch (document) {
          case Open311Document.Listing listing -> plain(listing.entries());
          case Open311Document.Single single -> plain(single.fields());
        };
    try {
      return MAPPER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain maps and lists always serialise", e);
    }
  }

  /** The value with every {@link Open311Document.Items} turned into a plain list. */
  private static Object plain(Object value) {
    return switch (value) {
      case Open311Document.Items items -> plain(items.values());
      case Map<?, ?> map -> {
        Map<Object, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, plain(v)));
        yield copy;
      }
      case List<?> list -> list.stream().map(Open311Writer::plain).toList();
      default -> value;
    };
  }

  static String xml(Open311Document document) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
    switch (document) {
      case Open311Document.Listing listing ->
          element(
              out, listing.root(), new Open311Document.Items(listing.item(), listing.entries()));
      case Open311Document.Single single -> element(out, single.root(), single.fields());
    }
    return out.toString();
  }

  private static void element(StringBuilder out, String name, Object value) {
    out.append('<').append(name).append('>');
    switch (value) {
      case Open311Document.Items items ->
          items.values().forEach(v -> element(out, items.item(), v));
      case Map<?, ?> map -> map.forEach((k, v) -> element(out, k.toString(), v));
      case null -> {}
      default -> escape(out, value.toString());
    }
    out.append("</").append(name).append('>');
  }

  /** Escapes markup and leaves out the characters XML 1.0 cannot carry at all. */
  static void escape(StringBuilder out, String text) {
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                  if (allowedInXml(c)) {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
  }

  private static boolean allowedInXml(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
