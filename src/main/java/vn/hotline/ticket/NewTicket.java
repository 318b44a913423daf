package vn.hotline.ticket;

import java.time.Instant;
import java.util.List;
import vn.hotline.category.Priority;

/**
 * Everything a ticket starts with, before it has a code.
 *
 * @param codePrefix the letters of the unit whose queue it joins, which start its code
 * @param unitCode the unit whose queue it joins
 * @param villageCode the village the report names, or empty
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
 */
public record NewTicket(
    String codePrefix,
    String unitCode,
    String villageCode,
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

  public NewTicket {
    villageCode = villageCode == null ? "" : villageCode;
    attachments = List.copyOf(attachments);
    contact = contact == null ? Contact.NONE : contact;
  }
}
