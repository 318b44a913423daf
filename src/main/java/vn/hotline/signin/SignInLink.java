package vn.hotline.signin;

import java.time.Instant;

/**
 * A one-time sign-in link's token, as the bot sends it to an officer. The token is shown this once:
 * the store keeps only its hash.
 */
public record SignInLink(String token, Instant expiresAt) {

  // A record would print the token; logs never see it.
  @Override
  public String toString() {
    return "SignInLink[expiresAt=" + expiresAt + "]";
  }
}
