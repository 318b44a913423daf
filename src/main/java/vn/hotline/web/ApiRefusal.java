package vn.hotline.web;

import io.micronaut.http.HttpStatus;

/**
 * A request the API turns down: a parameter it cannot read (400), a unit or scope the key does not
 * grant (403). Thrown while a request is read, so that each check reads as one line in the
 * controller; {@link ApiRefusalHandler} writes it as the JSON error.
 */
final class ApiRefusal extends RuntimeException {
  private final HttpStatus status;
  private final String parameter;

  private ApiRefusal(HttpStatus status, String error, String parameter) {
    super(error, null, false, false);
    this.status = status;
    this.parameter = parameter;
  }

  static ApiRefusal badParameter(String parameter, String error) {
    return new ApiRefusal(HttpStatus.BAD_REQUEST, error, parameter);
  }

  static ApiRefusal forbidden(String parameter, String error) {
    return new ApiRefusal(HttpStatus.FORBIDDEN, error, parameter);
  }

  HttpStatus status() {
    return status;
  }

  String parameter() {
    return parameter;
  }
}
