package vn.hotline.web;

/** Names shared by every form of the web desk. */
public final class Forms {
  /** The hidden field that carries the session's CSRF token in every form that changes state. */
  public static final String CSRF = "_csrf";

  private Forms() {}
}
