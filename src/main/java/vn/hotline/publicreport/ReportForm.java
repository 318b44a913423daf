package vn.hotline.publicreport;

import java.util.Optional;
import vn.hotline.intake.DirectReport;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Contact;
import vn.hotline.ticket.Reporter;
import vn.hotline.triage.GeoPoint;
import vn.hotline.unit.UnitCode;
import vn.hotline.webdesk.TicketFlash;

/**
 * What the report form holds, from the first page through the choices: each choice page sends it
 * back in hidden fields. Every field is a string as the browser sent it, cut to a sane length; only
 * the text is refused when too long, since cutting it would change the report.
 *
 * @param token the form's token ({@link FormToken})
 * @param placeText a commune typed when asked where
 * @param latitude the device's position, when the citizen pressed the location button
 * @param phone for help requests only: kept when the report asks for help
 * @param place the unit code of the place the citizen chose among those offered
 * @param category the category the citizen chose among those offered
 * @param photoHeld whether a photo sent earlier waits to go with the report
 */
public record ReportForm(
    String token,
    String text,
    String placeText,
    String latitude,
    String longitude,
    String phone,
    String place,
    String category,
    boolean photoHeld) {
  /** The longest report the form takes: a page, a little under a Telegram message (4,096). */
  public static final int MAX_TEXT = 4000;

  /** The largest photo the form takes, as the web desk's. */
  public static final int MAX_PHOTO_BYTES = TicketFlash.MAX_PHOTO_BYTES;

  public ReportForm {
    token = FormToken.orFresh(token);
    text = text == null ? "" : text;
    placeText = cut(placeText, 200);
    latitude = cut(latitude, 24);
    longitude = cut(longitude, 24);
    phone = cut(phone, 30);
    place = cut(place, 20);
    category = cut(category, 40);
  }

  /** An empty form with a new token. */
  static ReportForm blank() {
    return new ReportForm(null, "", "", "", "", "", "", "", false);
  }

  ReportForm withToken(String newToken) {
    return new ReportForm(
        newToken, text, placeText, latitude, longitude, phone, place, category, photoHeld);
  }

  ReportForm withPhotoHeld(boolean held) {
    return new ReportForm(
        token, text, placeText, latitude, longitude, phone, place, category, held);
  }

  /** Why the form cannot be sent as it is: the message key that tells the citizen, if any. */
  Optional<String> problem() {
    if (text.isBlank()) {
      return Optional.of("public.textMissing");
    }
    if (text.strip().length() > MAX_TEXT) {
      return Optional.of("public.textTooLong");
    }
    if (!phone.isBlank() && Contact.phoneOf(phone).isEmpty()) {
      return Optional.of("contact.badPhone");
    }
    return Optional.empty();
  }

  /** Whether the device gave its position, for the page to say so. */
  public boolean locationTaken() {
    return point().isPresent();
  }

  /** The position the device gave, when both numbers are there and on the earth. */
  Optional<GeoPoint> point() {
    try {
      double lat = Double.parseDouble(latitude);
      double lon = Double.parseDouble(longitude);
      boolean onEarth = Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
      return onEarth ? Optional.of(new GeoPoint(lat, lon)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The report as the intake takes it: the citizen at the page chooses what triage cannot. */
  DirectReport report() {
    return new DirectReport(
        FormToken.origin(token),
        new Reporter(Channel.WEB, ""),
        text,
        placeText,
        point(),
        UnitCode.parse(place),
        category.isBlank() ? Optional.empty() : Optional.of(category),
        new Contact(Contact.phoneOf(phone).orElse(""), ""),
        true);
  }

  private static String cut(String value, int max) {
    String v = value == null ? "" : value.strip();
    return v.length() > max ? v.substring(0, max) : v;
  }
}
