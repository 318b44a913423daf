package vn.hotline.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Bot API request as the fake reads it: token, method and parameters, whatever the encoding.
 * The TelegramBots client sends JSON for most methods and multipart forms for sendPhoto,
 * sendDocument and setWebhook, whose uploaded files are kept with their names and bytes; the query
 * string and urlencoded forms work too, as on the real server. Parameters that are objects
 * (reply_markup, commands...) are kept as their JSON text.
 */
record FakeRequest(
    String token, String method, Map<String, String> params, Map<String, FakeUpload> files) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PATH = Pattern.compile("/bot([^/]+)/([A-Za-z]+)/?");
  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern PART_NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
  private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

  static FakeRequest read(HttpExchange exchange) throws IOException {
    Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
    if (!path.matches()) {
      return new FakeRequest("", "", Map.of(), Map.of());
    }
    Map<String, String> params = new LinkedHashMap<>();
    Map<String, FakeUpload> files = new LinkedHashMap<>();
    urlencoded(exchange.getRequestURI().getRawQuery(), params);
    byte[] body = exchange.getRequestBody().readAllBytes();
    String type =
        String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).toLowerCase();
    if (type.startsWith("application/json")) {
      json(body, params);
    } else if (type.startsWith("multipart/form-data")) {
      Matcher boundary = BOUNDARY.matcher(exchange.getRequestHeaders().getFirst("Content-Type"));
      if (boundary.find()) {
        multipart(body, boundary.group(1), params, files);
      }
    } else if (type.startsWith("application/x-www-form-urlencoded")) {
      urlencoded(new String(body, StandardCharsets.UTF_8), params);
    }
    attachments(params, files);
    return new FakeRequest(path.group(1), path.group(2), Map.copyOf(params), Map.copyOf(files));
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

  /** The chat, or {@code null} for none or a channel's @username. */
  Long chatId() {
    long id = number("chat_id", 0);
    return id == 0 ? null : id;
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

  // A parameter "attach://<part>" names the part that holds its file, as the TelegramBots client
  // sends uploads; the file is recorded under the parameter too.
  private static void attachments(Map<String, String> params, Map<String, FakeUpload> files) {
    params.forEach(
        (name, value) -> {
          if (value.startsWith("attach://") && files.containsKey(value.substring(9))) {
            files.put(name, files.get(value.substring(9)));
          }
        });
  }

  // Parts are text fields, or files: a file's parameter reads "<file>", its name and bytes are kept
  // apart. ISO-8859-1 maps every byte to one char and back, so the bytes survive the split.
  private static void multipart(
      byte[] body, String boundary, Map<String, String> params, Map<String, FakeUpload> files) {
    String all = new String(body, StandardCharsets.ISO_8859_1);
    for (String part : all.split("--" + Pattern.quote(boundary))) {
      int headersEnd = part.indexOf("\r\n\r\n");
      if (headersEnd < 0) {
        continue;
      }
      String headers = part.substring(0, headersEnd);
      Matcher name = PART_NAME.matcher(headers);
      if (!name.find()) {
        continue;
      }
      String content = part.substring(headersEnd + 4);
      if (content.endsWith("\r\n")) {
        content = content.substring(0, content.length() - 2);
      }
      Matcher fileName = FILE_NAME.matcher(headers);
      boolean file = fileName.find();
      if (file) {
        files.put(
            name.group(1),
            new FakeUpload(fileName.group(1), content.getBytes(StandardCharsets.ISO_8859_1)));
      }
      params.put(
          name.group(1),
          file
              ? "<file>"
              : new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }
  }
}
