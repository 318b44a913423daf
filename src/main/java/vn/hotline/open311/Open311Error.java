package vn.hotline.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the Open311 endpoints turn down, as the spec writes it ({@code [{"code":404,
 * "description":"..."}]}); the code is also the HTTP status.
 */
record Open311Error(int code, String description) {
  static Open311Error badRequest(String description) {
    return new Open311Error(400, description);
  }

  static Open311Error notFound(String description) {
    return new Open311Error(404, description);
  }

  Open311Document document() {
    // The spec's order: code, then description.
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("description", description);
    return new Open311Document.Listing("errors", "error", List.of(error));
  }
}
