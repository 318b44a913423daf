package vn.hotline.open311;

import io.micronaut.http.MutableHttpResponse;

/** The spec's error answer, for those outside this package that refuse an Open311 request. */
public final class Open311Refusals {
  private Open311Refusals() {}

  /** {@code [{"code": …, "description": …}]} in JSON, or its XML form. */
  public static MutableHttpResponse<String> of(int code, String description, boolean xml) {
    return Open311Http.refusal(
        new Open311Error(code, description), xml ? Open311Format.XML : Open311Format.JSON);
  }
}
