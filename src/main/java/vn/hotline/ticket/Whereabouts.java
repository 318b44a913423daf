package vn.hotline.ticket;

/**
 * Where a ticket is handled and what place it is about.
 *
 * @param unitCode the unit whose queue the ticket is in
 * @param placeCode the most specific unit the report is about (a village, a commune), or empty; it
 *     differs from the queue's unit when the report goes up the tree (a complaint about a commune)
 */
public record Whereabouts(String unitCode, String placeCode) {

  public Whereabouts {
    placeCode = placeCode == null ? "" : placeCode;
  }

  /** The place the report is about, or the queue's unit when the report names no place. */
  public String placeOrUnit() {
    return placeCode.isEmpty() ? unitCode : placeCode;
  }
}
