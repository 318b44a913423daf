package vn.hotline.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.hotline.signin.PublicUrl;

/** The web desk's settings. */
@Factory
class WebFactory {

  /** {@code PUBLIC_URL}: checked at start, so that a typo stops the service, not a sign-in. */
  @Singleton
  PublicUrl publicUrl(@Value("${hotline.web.public-url:`http://localhost:8080`}") String value) {
    return new PublicUrl(value);
  }
}
