package vn.hotline.intake;

import java.util.Objects;
import java.util.Optional;
import vn.hotline.ticket.Contact;
import vn.hotline.ticket.Reporter;
import vn.hotline.triage.GeoPoint;
import vn.hotline.unit.UnitCode;

/**
 * A report that arrives whole, in one request: from the public report page or an Open311 partner.
 *
 * @param origin what the filing is named by: the same origin files one ticket however often it is
 *     sent (see {@link vn.hotline.ticket.NewTicket#origin()})
 * @param reporter who sent it, as the channel knows them
 * @param text what happened, in the citizen's words
 * @param placeText where, if said apart from the text (an address, a commune typed when asked)
 * @param point where, if the device or the partner gave coordinates
 * @param chosenPlace the unit the citizen chose among those offered, or a partner's address id
 * @param chosenCategory the category the citizen chose, or the partner's service code
 * @param contact a phone and address for help requests
 * @param citizenChooses whether what triage cannot settle is offered to the sender to choose (a
 *     person at the page) rather than left to the officers (a partner system)
 */
public record DirectReport(
    String origin,
    Reporter reporter,
    String text,
    String placeText,
    Optional<GeoPoint> point,
    Optional<UnitCode> chosenPlace,
    Optional<String> chosenCategory,
    Contact contact,
    boolean citizenChooses) {

  public DirectReport {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(reporter, "reporter");
    text = text == null ? "" : text.strip();
    placeText = placeText == null ? "" : placeText.strip();
    contact = contact == null ? Contact.NONE : contact;
  }
}
