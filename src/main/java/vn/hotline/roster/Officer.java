package vn.hotline.roster;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.hotline.unit.UnitCode;

/**
 * A person on the roster: someone who works tickets from Telegram.
 *
 * @param id who they are
 * @param name the name shown on cards and in ticket history
 * @param phone a phone number for colleagues, or {@code null}
 * @param units the codes of the units they belong to
 * @param role what they may do in those units
 * @param villages the codes of the villages they are responsible for (each village has one owner)
 */
public record Officer(
    OfficerId id,
    String name,
    String phone,
    List<UnitCode> units,
    Role role,
    List<UnitCode> villages) {

  public Officer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    units = List.copyOf(units);
    villages = List.copyOf(villages);
    if (units.isEmpty()) {
      throw new IllegalArgumentException("officer " + id + " belongs to no unit");
    }
  }

  public Optional<String> phoneNumber() {
    return Optional.ofNullable(phone);
  }

  /** Whether {@code unitCode} is one of their own units (not merely below one). */
  public boolean belongsTo(UnitCode unitCode) {
    return units.contains(unitCode);
  }
}
