package vn.hotline.ticket;

import java.util.Objects;
import java.util.Optional;
import vn.hotline.unit.UnitCode;

/**
 * Where a ticket is handled and what place it is about.
 *
 * @param unitCode the unit whose queue the ticket is in
 * @param placeCode the most specific unit the report is about (a village, a commune), or {@code
 *     null}; it differs from the queue's unit when the report goes up the tree (a complaint about a
 *     commune)
 */
public record Whereabouts(UnitCode unitCode, UnitCode placeCode) {

  public Whereabouts {
    Objects.requireNonNull(unitCode, "unitCode");
  }

  /** The place the report is about, when it names one. */
  public Optional<UnitCode> place() {
    return Optional.ofNullable(placeCode);
  }

  /** The place the report is about, or the queue's unit when the report names no place. */
  public UnitCode placeOrUnit() {
    return placeCode == null ? unitCode : placeCode;
  }
}
