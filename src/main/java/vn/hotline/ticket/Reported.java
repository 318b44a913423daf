package vn.hotline.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hotline.category.Priority;
import vn.hotline.triage.GeoPoint;

/**
 * What the citizen reported and how it was classified: the part of a ticket the officers read.
 *
 * @param category the category code
 * @param priority the priority
 * @param text what the citizen wrote
 * @param attachments photos the citizen (or an officer, as proof) sent
 * @param reporter who to keep informed
 * @param contact phone and address for help requests
 * @param confidence how sure the classifier was, from 0 to 1
 * @param point where it is, when the citizen or partner gave coordinates; else {@code null}
 */
public record Reported(
    String category,
    Priority priority,
    String text,
    List<Attachment> attachments,
    Reporter reporter,
    Contact contact,
    double confidence,
    GeoPoint point) {

  public Reported {
    attachments = List.copyOf(attachments);
    contact = contact == null ? Contact.NONE : contact;
  }

  /** A report without coordinates. */
  public Reported(
      String category,
      Priority priority,
      String text,
      List<Attachment> attachments,
      Reporter reporter,
      Contact contact,
      double confidence) {
    this(category, priority, text, attachments, reporter, contact, confidence, null);
  }

  /** Where it is, when coordinates were given. */
  public Optional<GeoPoint> location() {
    return Optional.ofNullable(point);
  }

  /** The report in another category, with that category's priority. */
  public Reported withCategory(String newCategory, Priority newPriority) {
    return new Reported(
        newCategory, newPriority, text, attachments, reporter, contact, confidence, point);
  }

  /** The report with its text replaced, e.g. lengthened by a detail the citizen added. */
  public Reported withText(String newText) {
    return new Reported(
        category, priority, newText, attachments, reporter, contact, confidence, point);
  }

  /** The report with one more attachment. */
  public Reported withAttachment(Attachment attachment) {
    List<Attachment> more = new ArrayList<>(attachments);
    more.add(attachment);
    return new Reported(category, priority, text, more, reporter, contact, confidence, point);
  }

  /** The report with the contact the citizen gave. */
  public Reported withContact(Contact given) {
    return new Reported(category, priority, text, attachments, reporter, given, confidence, point);
  }
}
