package vn.hotline.webdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hotline.web.WebSignIn;

/**
 * The action forms of a ticket page as plain HTTP sees them: which forms the page offers, the value
 * of a choice by its label, a multipart post as a browser sends it (with an empty file part when no
 * photo is chosen), and the outcome an action leaves for the page.
 */
final class TicketActionForms {
  private TicketActionForms() {}

  /** Whether the page has a form posting to {@code /t/CODE/ACTION}. */
  static boolean offers(String page, String code, String action) {
    return page.contains("action=\"/t/" + code + "/" + action + "\"");
  }

  /** The value of the choice labelled {@code label} in the form field named {@code field}. */
  static String choice(String page, String field, String label) {
    Matcher select =
        Pattern.compile("name=\"" + field + "\"[^>]*>(.*?)</(select|datalist)>", Pattern.DOTALL)
            .matcher(page);
    assertThat(select.find()).as("a list of choices named " + field).isTrue();
    Matcher option =
        Pattern.compile("<option value=\"([^\"]*)\">" + Pattern.quote(label) + "</option>")
            .matcher(select.group(1));
    assertThat(option.find()).as(field + " offers " + label).isTrue();
    return option.group(1);
  }

  /** The value of the radio button labelled {@code label} named {@code field}. */
  static String radio(String page, String field, String label) {
    Matcher radio =
        Pattern.compile(
                "<input type=\"radio\" name=\""
                    + field
                    + "\" value=\"([^\"]*)\"> "
                    + Pattern.quote(label)
                    + "</label>")
            .matcher(page);
    assertThat(radio.find()).as(field + " offers " + label).isTrue();
    return radio.group(1);
  }

  /** The history line of {@code kind} on the page, as HTML. */
  static String historyLine(String page, String kind) {
    Matcher line =
        Pattern.compile("<li class=\"event kind-" + kind + "\">(.*?)</li>", Pattern.DOTALL)
            .matcher(page);
    assertThat(line.find()).as("a history line " + kind).isTrue();
    return line.group(1);
  }

  /** A multipart form, as a browser posts it: a file part without a file is sent empty. */
  static HttpResponse<String> postMultipart(
      WebSignIn.Session session, String path, Map<String, String> fields) throws Exception {
    String boundary = "----form" + UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (name, value) ->
            body.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    body.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"\"\r\n")
        .append("Content-Type: application/octet-stream\r\n\r\n\r\n")
        .append("--")
        .append(boundary)
        .append("--\r\n");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(session.base() + path))
            .header("Cookie", session.cookie())
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build();
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }

  /** The outcome an action left for the ticket page: "1" and the words when done, "0" if not. */
  static String flash(HttpResponse<String> answer) {
    String cookie =
        answer.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(TicketFlash.COOKIE + "="))
            .findFirst()
            .orElseThrow();
    String value = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    return URLDecoder.decode(value, StandardCharsets.UTF_8);
  }

  /** The page the action redirects to, read with the outcome cookie it set. */
  static HttpResponse<String> followWithFlash(
      WebSignIn.Session session, HttpResponse<String> answer) throws Exception {
    assertThat(answer.statusCode()).isEqualTo(303);
    String cookie =
        answer.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(TicketFlash.COOKIE + "="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElseThrow();
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(session.base() + answer.headers().firstValue("Location").orElseThrow()))
            .header("Cookie", session.cookie() + "; " + cookie)
            .header("Accept", "text/html")
            .GET()
            .build();
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }
}
