package vn.hotline.ticket;

import java.time.Instant;
import java.util.List;
import vn.hotline.category.Priority;

/**
 * Everything a ticket starts with, before it has a code.
 *
 * @param origin what caused the filing (e.g. {@code telegram:123456} for an update): filing the
 *     same origin twice gives the first ticket back, so work redone after a crash files nothing new
 * @param codePrefix the letters of the unit whose queue it joins, which start its code
 * @param unitCode the unit whose queue it joins
 * @param placeCode the most specific unit the report is about (a village, a commune), or empty; it
 *     differs from the queue's unit when the report goes up the tree (a complaint about a commune)
 * @param category the category code
 * @param priority the priority
 * @param text what the citizen wrote
 * @param attachments photos the citizen sent
 * @param reporter who to keep informed
 * @param contact phone and address for help requests
 * @param confidence how sure the classifier was, from 0 to 1
 * @param filedAt when it was filed
 * @param acknowledgeBy when the SLA wants it acknowledged
 * @param resolveBy when the SLA wants it resolved
 * @param filingNote the note of the ticket's first history entry: for a report filed before its
 *     place was settled, the candidate places (see {@link UncertainPlace}); usually empty
 */
public record NewTicket(
    String origin,
    String codePrefix,
    String unitCode,
    String placeCode,
    String category,
    Priority priority,
    String text,
    List<Attachment> attachments,
    Reporter reporter,
    Contact contact,
    double confidence,
    Instant filedAt,
    Instant acknowledgeBy,
    Instant resolveBy,
    String filingNote) {

  public NewTicket {
    java.util.Objects.requireNonNull(origin, "origin");
    placeCode = placeCode == null ? "" : placeCode;
    attachments = List.copyOf(attachments);
    contact = contact == null ? Contact.NONE : contact;
    filingNote = filingNote == null ? "" : filingNote;
  }

  /** A ticket whose first history entry has no note. */
  public NewTicket(
      String origin,
      String codePrefix,
      String unitCode,
      String placeCode,
      String category,
      Priority priority,
      String text,
      List<Attachment> attachments,
      Reporter reporter,
      Contact contact,
      double confidence,
      Instant filedAt,
      Instant acknowledgeBy,
      Instant resolveBy) {
    this(
        origin,
        codePrefix,
        unitCode,
        placeCode,
        category,
        priority,
        text,
        attachments,
        reporter,
        contact,
        confidence,
        filedAt,
        acknowledgeBy,
        resolveBy,
        "");
  }
}
