package vn.hotline.signin;

import java.net.URI;

/**
 * Where the web desk is reached from outside ({@code PUBLIC_URL}): sign-in links point there, and
 * its scheme decides whether the session cookie is {@code Secure}.
 *
 * @param value the address people open, without a trailing slash
 */
public record PublicUrl(String value) {
  public PublicUrl {
    URI uri = URI.create(value.strip());
    if (uri.getScheme() == null
        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
        || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "PUBLIC_URL must be an http:// or https:// address, found: " + value);
    }
    value = value.strip().replaceAll("/+$", "");
  }

  /** Cookies travel only over TLS when people reach the desk over TLS. */
  public boolean secureCookies() {
    return value.startsWith("https://");
  }

  /** The full address of a path of the desk ({@code path} starts with a slash). */
  public String link(String path) {
    return value + path;
  }
}
