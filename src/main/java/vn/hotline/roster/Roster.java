package vn.hotline.roster;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hotline.unit.UnitCode;

/**
 * Who works the desk: the people of {@code officers.yml}, looked up by Telegram user id, by unit
 * and by village. Immutable; a reload builds a new roster and swaps it in whole.
 */
public final class Roster {
  private static final Roster EMPTY = new Roster(Map.of(), Map.of());

  private final Map<Long, Officer> byId;
  private final Map<UnitCode, Officer> byVillage;

  private Roster(Map<Long, Officer> byId, Map<UnitCode, Officer> byVillage) {
    this.byId = Collections.unmodifiableMap(byId);
    this.byVillage = Collections.unmodifiableMap(byVillage);
  }

  /** The roster of a deployment without a desk. */
  public static Roster empty() {
    return EMPTY;
  }

  /**
   * A roster of these officers, in this order. The configuration reader reports duplicates with
   * their line first; here they can only be a programming error.
   *
   * @throws IllegalArgumentException when two officers share an id or a village
   */
  public static Roster of(List<Officer> officers) {
    Map<Long, Officer> byId = new LinkedHashMap<>();
    Map<UnitCode, Officer> byVillage = new LinkedHashMap<>();
    for (Officer officer : officers) {
      if (byId.putIfAbsent(officer.id().value(), officer) != null) {
        throw new IllegalArgumentException("duplicate officer " + officer.id());
      }
      for (UnitCode village : officer.villages()) {
        if (byVillage.putIfAbsent(village, officer) != null) {
          throw new IllegalArgumentException("village " + village + " has two owners");
        }
      }
    }
    return new Roster(byId, byVillage);
  }

  public Optional<Officer> find(long userId) {
    return Optional.ofNullable(byId.get(userId));
  }

  /** The people who belong to the unit itself (supervisors of units above it not included). */
  public List<Officer> officersOf(UnitCode unitCode) {
    return byId.values().stream().filter(officer -> officer.belongsTo(unitCode)).toList();
  }

  /** The officer responsible for the village, who hears first about tickets that name it. */
  public Optional<Officer> ownerOfVillage(UnitCode villageCode) {
    return Optional.ofNullable(byVillage.get(villageCode));
  }

  public Collection<Officer> all() {
    return byId.values();
  }

  public boolean isEmpty() {
    return byId.isEmpty();
  }
}
