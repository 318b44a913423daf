package vn.hotline.web;

/**
 * What the layout of every page needs: its title, the words, and who is looking (null on the
 * sign-in pages). Templates take it as their first parameter.
 *
 * @param title the page's own title, already in the viewer's language
 * @param path the path of the page, for the language switch to come back to
 */
public record Page(String title, PageText text, Viewer viewer, String path) {

  public String t(String key, Object... args) {
    return text.t(key, args);
  }

  public boolean signedIn() {
    return viewer != null;
  }

  /** The address of the language switch, which comes back to this page. */
  public String languageSwitch() {
    return "/lang?to="
        + text.other().getLanguage()
        + "&back="
        + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The CSRF token every form of the page carries; empty when nobody is signed in. */
  public String csrf() {
    return viewer == null ? "" : viewer.csrf();
  }
}
