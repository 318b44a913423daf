package vn.hotline.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers an {@link ApiRefusal} with its status and {@code {"error", "parameter"}}. */
@Singleton
@Requires(classes = {ApiRefusal.class, ExceptionHandler.class})
final class ApiRefusalHandler implements ExceptionHandler<ApiRefusal, HttpResponse<String>> {

  @Override
  public HttpResponse<String> handle(HttpRequest request, ApiRefusal refusal) {
    return ApiJson.error(refusal.status(), refusal.getMessage(), refusal.parameter());
  }
}
