package vn.hotline.webdesk;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hotline.roster.Officer;
import vn.hotline.roster.Role;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * The units whose queues an officer sees: an officer their own units, as on Telegram; a leader or a
 * supervisor every unit within theirs, as the desk lets supervisors act anywhere below them.
 */
record QueueScope(Set<UnitCode> unitCodes) {

  QueueScope {
    unitCodes = Set.copyOf(unitCodes);
  }

  static QueueScope of(Officer officer, UnitTree units) {
    if (officer.role() == Role.OFFICER) {
      return new QueueScope(Set.copyOf(officer.units()));
    }
    List<Unit> own = officer.units().stream().map(units::find).flatMap(Optional::stream).toList();
    return new QueueScope(
        units.all().stream()
            .filter(unit -> own.stream().anyMatch(top -> units.isWithin(unit, top)))
            .map(Unit::code)
            .collect(Collectors.toSet()));
  }

  boolean covers(UnitCode unitCode) {
    return unitCodes.contains(unitCode);
  }
}
