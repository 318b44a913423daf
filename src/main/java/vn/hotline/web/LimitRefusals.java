package vn.hotline.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.Locale;
import vn.hotline.open311.Open311Refusals;

/**
 * What {@link PublicLimits} answers when it refuses: for Open311 the spec's errors in the format
 * the path names, for the report page a short page in Vietnamese and English.
 */
final class LimitRefusals {
  private LimitRefusals() {}

  /** The doors the limits keep, by the format their refusals take. */
  enum Door {
    REPORT,
    OPEN311_JSON,
    OPEN311_XML;

    static Door of(String path) {
      String lower = path.toLowerCase(Locale.ROOT);
      if (lower.startsWith("/report")) {
        return REPORT;
      }
      return lower.contains(".xml") ? OPEN311_XML : OPEN311_JSON;
    }
  }

  /**
   * An Open311 request over its size. The report page answers its own oversized form (over the
   * server's request limit) with the form again, so the citizen keeps the page they were on.
   */
  static MutableHttpResponse<String> tooLarge(Door door, long maxBytes) {
    return open311(
        door,
        HttpStatus.REQUEST_ENTITY_TOO_LARGE,
        "the request is larger than " + maxBytes + " bytes");
  }

  static MutableHttpResponse<String> tooMany(Door door, boolean overall, long seconds) {
    HttpStatus status = HttpStatus.TOO_MANY_REQUESTS;
    long minutes = Math.max(1, (seconds + 59) / 60);
    return switch (door) {
      case REPORT -> {
        String inMinutes = minutes == 1 ? "1 minute" : minutes + " minutes";
        yield overall
            ? page(
                status,
                "Tổng đài đang nhận quá nhiều phản ánh cùng lúc. Vui lòng thử lại sau %d phút."
                    .formatted(minutes),
                "The hotline is receiving too many reports at once. Please try again in "
                    + inMinutes
                    + ".")
            : page(
                status,
                "Bạn gửi quá nhiều phản ánh trong thời gian ngắn. Vui lòng thử lại sau %d phút."
                    .formatted(minutes),
                "Too many reports in a short time. Please try again in " + inMinutes + ".");
      }
      case OPEN311_JSON, OPEN311_XML ->
          open311(
              door,
              status,
              (overall
                      ? "too many requests from all clients"
                      : "too many requests from this address")
                  + ", try again in "
                  + seconds
                  + " seconds");
    };
  }

  private static MutableHttpResponse<String> open311(
      Door door, HttpStatus status, String description) {
    return Open311Refusals.of(status.getCode(), description, door == Door.OPEN311_XML);
  }

  private static MutableHttpResponse<String> page(
      HttpStatus status, String vietnamese, String english) {
    return HttpResponse.<String>status(status)
        .contentType("text/html; charset=utf-8")
        .body(
            """
            <!DOCTYPE html>
            <html lang="vi">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>1022</title></head>
            <body>
            <p>%s</p>
            <p lang="en">%s</p>
            </body>
            </html>
            """
                .formatted(vietnamese, english));
  }
}
