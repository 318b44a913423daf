package vn.hotline.webdesk;

import java.time.Instant;
import vn.hotline.roster.OfficerId;
import vn.hotline.unit.UnitCode;

/**
 * What the queue can be filtered by, each a query parameter with one value at a time. Every ticket
 * has one value per facet, the empty string for none (no village named, not overdue), so that the
 * counts of a facet's values add up to the tickets the other filters leave.
 */
enum QueueFacet {
  STATE("state"),
  CATEGORY("category"),
  URGENCY("urgency"),
  COMMUNE("commune"),
  VILLAGE("village"),
  OVERDUE("overdue"),
  MINE("mine");

  /** The value of the yes-or-no facets (overdue, assigned to me) when they apply. */
  static final String YES = "1";

  private final String parameter;

  QueueFacet(String parameter) {
    this.parameter = parameter;
  }

  String parameter() {
    return parameter;
  }

  String valueOf(OpenTicket ticket, Instant now, OfficerId viewer) {
    return switch (this) {
      case STATE -> ticket.state().name();
      case CATEGORY -> ticket.category();
      case URGENCY -> ticket.priority().name();
      case COMMUNE -> code(ticket.communeCode());
      case VILLAGE -> code(ticket.villageCode());
      case OVERDUE -> ticket.overdue(now) ? YES : "";
      case MINE -> ticket.assignedTo(viewer) ? YES : "";
    };
  }

  private static String code(UnitCode code) {
    return code == null ? "" : code.value();
  }
}
