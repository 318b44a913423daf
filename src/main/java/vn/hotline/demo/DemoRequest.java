package vn.hotline.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Bot API call as the stand-in reads it: token, method and parameters, in whichever encoding
 * the client chose. The TelegramBots client sends JSON for most methods and multipart forms for
 * uploads; the query string and urlencoded forms work too, as on Telegram's server. Parameters that
 * are objects (reply_markup, commands…) are kept as their JSON text; an uploaded file is kept under
 * its part's name and under the parameter that names it {@code attach://<part>}.
 */
record DemoRequest(
    String token, String method, Map<String, String> params, Map<String, Upload> files) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PATH = Pattern.compile("/bot([^/]+)/([A-Za-z]+)/?");
  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern PART_NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
  private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

  /** A file part of a multipart request. */
  record Upload(String fileName, byte[] bytes) {}

  static DemoRequest read(HttpExchange exchange) throws IOException {
    Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
    if (!path.matches()) {
      return new DemoRequest("", "", Map.of(), Map.of());
    }
    Map<String, String> params = new LinkedHashMap<>();
    Map<String, Upload> files = new LinkedHashMap<>();
    urlencoded(exchange.getRequestURI().getRawQuery(), params);
    byte[] body = exchange.getRequestBody().readAllBytes();
    String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
    String lowerType = type.toLowerCase(Locale.ROOT);
    if (lowerType.startsWith("application/json")) {
      json(body, params);
    } else if (lowerType.startsWith("multipart/form-data")) {
      Matcher boundary = BOUNDARY.matcher(type);
      if (boundary.find()) {
        multipart(body, boundary.group(1), params, files);
      }
    } else if (lowerType.startsWith("application/x-www-form-urlencoded")) {
      urlencoded(new String(body, StandardCharsets.UTF_8), params);
    }
    params.forEach(
        (name, value) -> {
          if (value.startsWith("attach://") && files.containsKey(value.substring(9))) {
            files.put(name, files.get(value.substring(9)));
          }
        });
    return new DemoRequest(path.group(1), path.group(2), Map.copyOf(params), Map.copyOf(files));
  }

  String param(String name) {
    return params.get(name);
  }

  /** A numeric parameter, or {@code fallback} when it is missing or not a number. */
  long number(String name, long fallback) {
    try {
      return params.containsKey(name) ? Long.parseLong(params.get(name).strip()) : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** An object parameter (reply_markup…) parsed, or {@code null} when missing or not JSON. */
  JsonNode object(String name) {
    try {
      return params.containsKey(name) ? JSON.readTree(params.get(name)) : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static void json(byte[] body, Map<String, String> params) throws IOException {
    JsonNode root = JSON.readTree(body);
    if (root != null && root.isObject()) {
      root.properties()
          .forEach(
              field ->
                  params.put(
                      field.getKey(),
                      field.getValue().isValueNode()
                          ? field.getValue().asText()
                          : field.getValue().toString()));
    }
  }

  private static void urlencoded(String form, Map<String, String> params) {
    if (form == null || form.isEmpty()) {
      return;
    }
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
  }

  // ISO-8859-1 maps every byte to one char and back, so a file's bytes survive the split; a text
  // part is UTF-8.
  private static void multipart(
      byte[] body, String boundary, Map<String, String> params, Map<String, Upload> files) {
    String all = new String(body, StandardCharsets.ISO_8859_1);
    for (String part : all.split("--" + Pattern.quote(boundary))) {
      int headersEnd = part.indexOf("\r\n\r\n");
      Matcher name = PART_NAME.matcher(headersEnd < 0 ? "" : part.substring(0, headersEnd));
      if (!name.find()) {
        continue;
      }
      String content = part.substring(headersEnd + 4);
      if (content.endsWith("\r\n")) {
        content = content.substring(0, content.length() - 2);
      }
      byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
      Matcher fileName = FILE_NAME.matcher(part.substring(0, headersEnd));
      if (fileName.find()) {
        files.put(name.group(1), new Upload(fileName.group(1), bytes));
        params.put(name.group(1), "<file>");
      } else {
        params.put(name.group(1), new String(bytes, StandardCharsets.UTF_8));
      }
    }
  }
}
