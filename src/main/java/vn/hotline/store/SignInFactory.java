package vn.hotline.store;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import vn.hotline.signin.SignInStore;
import vn.hotline.signin.SignIns;

/** Provides officers' sign-in to the web desk; the signin package itself knows no framework. */
@Factory
class SignInFactory {

  @Singleton
  SignIns signIns(SignInStore store, Clock clock) {
    return new SignIns(store, clock);
  }
}
