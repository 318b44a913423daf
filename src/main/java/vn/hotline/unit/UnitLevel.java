package vn.hotline.unit;

/**
 * How deep a unit sits in the administrative tree. A tree may skip a level (no districts since July
 * 2025).
 */
public enum UnitLevel {
  PROVINCE,
  DISTRICT,
  COMMUNE,
  VILLAGE;

  /** Whether a unit at this level may sit directly below a unit at {@code parent}. */
  boolean mayBeChildOf(UnitLevel parent) {
    return ordinal() > parent.ordinal();
  }
}
