package vn.hotline.ticket;

/**
 * Everything a ticket starts with, before it has a code.
 *
 * @param origin what caused the filing (e.g. {@code telegram:123456} for an update): filing the
 *     same origin twice gives the first ticket back, so work redone after a crash files nothing new
 * @param codePrefix the letters of the unit whose queue it joins, which start its code
 * @param whereabouts the unit whose queue it joins, and the place the report is about
 * @param reported what the citizen reported and how it was classified
 * @param deadlines when it was filed and when the SLA wants it acknowledged and resolved
 * @param filingNote the note of the ticket's first history entry: for a report filed before its
 *     place was settled, the candidate places (see {@link UncertainPlace}); usually empty
 */
public record NewTicket(
    String origin,
    String codePrefix,
    Whereabouts whereabouts,
    Reported reported,
    Deadlines deadlines,
    String filingNote) {

  public NewTicket {
    java.util.Objects.requireNonNull(origin, "origin");
    filingNote = filingNote == null ? "" : filingNote;
  }

  /** A ticket whose first history entry has no note. */
  public NewTicket(
      String origin,
      String codePrefix,
      Whereabouts whereabouts,
      Reported reported,
      Deadlines deadlines) {
    this(origin, codePrefix, whereabouts, reported, deadlines, "");
  }
}
