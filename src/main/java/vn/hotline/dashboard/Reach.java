package vn.hotline.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hotline.roster.Officer;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * The units a viewer may look at on the dashboard: their own units and everything below them, as
 * the roster says now. A district supervisor sees their district and its communes, nothing beside.
 */
record Reach(List<Unit> own, UnitTree tree) {

  Reach {
    own = List.copyOf(own);
  }

  /** The officer's units that the tree still has. */
  static Reach of(Officer officer, UnitTree tree) {
    List<Unit> own = new ArrayList<>();
    for (UnitCode code : officer.units()) {
      tree.find(code).ifPresent(own::add);
    }
    return new Reach(own, tree);
  }

  /** Where the dashboard opens: the viewer's first unit. */
  Optional<Unit> home() {
    return own.stream().findFirst();
  }

  boolean covers(Unit unit) {
    return own.stream().anyMatch(top -> tree.isWithin(unit, top));
  }

  /**
   * The way down to {@code unit} from the highest unit the viewer may see, both included: the
   * breadcrumb, in which every step is one the viewer may open.
   */
  List<Unit> trail(Unit unit) {
    List<Unit> trail = new ArrayList<>();
    trail.add(unit);
    for (Unit up : tree.ancestors(unit)) {
      if (!covers(up)) {
        break;
      }
      trail.addFirst(up);
    }
    return List.copyOf(trail);
  }
}
