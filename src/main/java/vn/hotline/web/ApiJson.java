package vn.hotline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON bodies of the API. They are built as ordered maps from the same {@link Table}s the exports
 * write, and written with Jackson, which keeps {@code null} fields (a figure with nothing to count
 * is {@code null}, not missing).
 */
final class ApiJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ApiJson() {}

  static HttpResponse<String> ok(Map<String, Object> body) {
    return HttpResponse.ok(write(body)).contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  /** {@code {"error": ..., "parameter": ...}}; {@code parameter} is null when none is at fault. */
  static MutableHttpResponse<String> error(HttpStatus status, String error, String parameter) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("parameter", parameter);
    return HttpResponse.<String>status(status)
        .body(write(body))
        .contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  private static String write(Object body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps of strings and numbers always serialise", e);
    }
  }
}
