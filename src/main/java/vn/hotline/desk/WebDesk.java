package vn.hotline.desk;

import java.util.Locale;
import vn.hotline.roster.OfficerId;

/**
 * The desk as the web desk sees it: a ticket read for one officer, and their requests carried out
 * by the same use cases, with the same rules, as the card's buttons.
 */
final class WebDesk {
  private final TicketViews views;
  private final WebActions actions;

  WebDesk(TicketViews views, WebActions actions) {
    this.views = views;
    this.actions = actions;
  }

  TicketLookup look(OfficerId viewer, Locale locale, String code) {
    return views.look(viewer, locale, code);
  }

  WebOutcome act(OfficerId officer, Locale locale, WebRequest request) {
    return actions.act(officer, locale, request);
  }
}
