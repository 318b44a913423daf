package vn.hotline.web;

import java.util.Locale;
import vn.hotline.roster.Officer;
import vn.hotline.roster.Role;
import vn.hotline.signin.Session;

/**
 * Who is looking at a page: the officer as the roster says now (a reload applies at once), their
 * session and the language they chose. Controllers get it from the request attribute {@link
 * #ATTRIBUTE}, which {@link SessionFilter} sets.
 */
public record Viewer(Officer officer, Session session, Locale locale) {
  public static final String ATTRIBUTE = "hotline.viewer";

  /** Whether they may open the dashboard: supervisors and the leaders of Command Centres. */
  public boolean seesDashboard() {
    return officer.role() == Role.SUPERVISOR || officer.role() == Role.LEADER;
  }

  /** Whether {@code presented} is this session's CSRF token. */
  public boolean csrfMatches(String presented) {
    return session.csrfMatches(presented);
  }

  public String csrf() {
    return session.csrf();
  }
}
