package vn.hotline.open311;

import java.util.List;
import java.util.Map;

/**
 * An Open311 answer before it is written as JSON or XML. The spec's XML names every element, the
 * JSON names only fields, so a list carries the name its XML items take.
 */
sealed interface Open311Document {
  /** The XML root element's name. */
  String root();

  /** A list at the top: a JSON array, an XML root holding one element per entry. */
  record Listing(String root, String item, List<Map<String, Object>> entries)
      implements Open311Document {
    public Listing {
      entries = List.copyOf(entries);
    }
  }

  /** One object at the top: a JSON object, an XML root holding its fields. */
  record Single(String root, Map<String, Object> fields) implements Open311Document {}

  /** A list inside an object: a JSON array, an XML element holding one {@code item} per value. */
  record Items(String item, List<?> values) {
    public Items {
      values = List.copyOf(values);
    }
  }
}
