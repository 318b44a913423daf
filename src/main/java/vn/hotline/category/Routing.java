package vn.hotline.category;

/** Which Command Centre a category's tickets go to, relative to the commune the report is about. */
public enum Routing {
  /** The commune concerned handles it. */
  SAME_UNIT,
  /** The unit above the commune handles it: a commune does not judge complaints about itself. */
  PARENT_UNIT
}
