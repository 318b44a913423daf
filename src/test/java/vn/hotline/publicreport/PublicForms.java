package vn.hotline.publicreport;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hotline.web.WebSignIn;

/**
 * The public report form as plain HTTP sees it: a multipart post as a browser sends it (an empty
 * file part when no photo is chosen), and the token a page's form carries.
 */
final class PublicForms {
  private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

  private final String base;

  PublicForms(String base) {
    this.base = base;
  }

  /** The fields of a report with {@code text}, carrying {@code token}. */
  static Map<String, String> report(String token, String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("token", token);
    fields.put("text", text);
    fields.put("phone", "");
    fields.put("lat", "");
    fields.put("lon", "");
    fields.put(ReportController.HONEYPOT, "");
    return fields;
  }

  HttpResponse<String> get(String path) throws Exception {
    return get(path, "hotline_lang=vi");
  }

  /** The page at {@code path} with the {@code Cookie} header {@code cookies}. */
  HttpResponse<String> get(String path, String cookies) throws Exception {
    return WebSignIn.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "text/html")
            .header("Cookie", cookies)
            .GET(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Posts {@code fields} without a photo. */
  HttpResponse<String> post(Map<String, String> fields) throws Exception {
    return post(fields, new byte[0], "");
  }

  /** Posts {@code fields} with {@code photo} as the file {@code fileName}. */
  HttpResponse<String> post(Map<String, String> fields, byte[] photo, String fileName)
      throws Exception {
    String boundary = "----form" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      write(
          body,
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + field.getKey()
              + "\"\r\n\r\n"
              + field.getValue()
              + "\r\n");
    }
    write(
        body,
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.write(photo);
    write(body, "\r\n--" + boundary + "--\r\n");
    return WebSignIn.send(
        HttpRequest.newBuilder(URI.create(base + "/report"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Origin", base)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The token the report form on {@code page} carries. */
  static String token(String page) {
    Matcher matcher = TOKEN.matcher(page);
    if (!matcher.find()) {
      throw new AssertionError("no form token on the page:\n" + page);
    }
    return matcher.group(1);
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
