package vn.hotline.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;
import vn.hotline.web.Viewer;

/**
 * Decides what a request for the dashboard or its exports may see: only supervisors and leaders,
 * only units in their reach, only a well-formed period. The page and its exports ask the same
 * question, so they refuse the same things.
 */
final class DashboardAccess {
  private final UnitTree tree;

  DashboardAccess(UnitTree tree) {
    this.tree = tree;
  }

  /** The answer: what to show, or why not. */
  sealed interface Asked {}

  /** A unit and period the viewer may see, and the breadcrumb to it. */
  record Granted(Unit unit, List<Unit> trail, Period period) implements Asked {}

  /**
   * A refusal.
   *
   * @param status the HTTP status: 400, 403 or 404
   * @param messageKey what the refusal page says
   */
  record Refused(int status, String messageKey) implements Asked {}

  Asked ask(
      Viewer viewer, String unitCode, String period, String from, String to, LocalDate today) {
    if (!viewer.seesDashboard()) {
      return new Refused(403, "dashboard.refused.role");
    }
    Reach reach = Reach.of(viewer.officer(), tree);
    Optional<Unit> unit =
        unitCode == null || unitCode.isBlank()
            ? reach.home()
            : UnitCode.parse(unitCode.strip()).flatMap(tree::find);
    if (unit.isEmpty()) {
      return new Refused(404, "dashboard.refused.noUnit");
    }
    if (!reach.covers(unit.get())) {
      return new Refused(403, "dashboard.refused.notInReach");
    }
    return switch (Period.parse(period, from, to, today)) {
      case Period.Invalid invalid -> new Refused(400, invalid.messageKey());
      case Period.Valid valid -> new Granted(unit.get(), reach.trail(unit.get()), valid.period());
    };
  }
}
