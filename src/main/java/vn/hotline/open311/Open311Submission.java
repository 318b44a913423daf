package vn.hotline.open311;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.hotline.intake.DirectReports;
import vn.hotline.ticket.Contact;
import vn.hotline.triage.GeoPoint;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * A {@code POST requests} read field by field as the spec defines them, with the hotline's own
 * rules on top: a description is required (officers triage words, not a service code alone), and a
 * help request needs a phone, since someone has to bring the help.
 *
 * @param serviceCode the category the partner chose
 * @param description what happened, stripped
 * @param point {@code lat} and {@code long}, if sent
 * @param addressString where, in words, or empty
 * @param addressId the unit of {@code units.yml} it is about, if sent
 * @param contact the phone ({@code attribute[phone]} or {@code phone}) and {@code
 *     attribute[address]}; kept by the ticket only for a help request
 * @param mediaUrl a link to a photo or other media, if sent
 */
record Open311Submission(
    String serviceCode,
    String description,
    Optional<GeoPoint> point,
    String addressString,
    Optional<UnitCode> addressId,
    Contact contact,
    Optional<String> mediaUrl) {

  /** The spec's limit on a description. */
  static final int MAX_DESCRIPTION = 4_000;

  static final int MAX_ADDRESS_STRING = 1_000;

  /** As the bot keeps an address typed on Telegram. */
  static final int MAX_ADDRESS = 300;

  static final int MAX_MEDIA_URL = 2_000;

  private static final Pattern DEGREES = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{1,15})?");

  /** The submission, or why it is turned down. */
  sealed interface Checked {}

  record Valid(Open311Submission submission) implements Checked {}

  record Refused(Open311Error error) implements Checked {}

  static Checked read(Open311Form form, DirectReports reports, UnitTree units) {
    Optional<String> serviceCode = form.get("service_code");
    if (serviceCode.isEmpty()) {
      return badRequest("service_code is required");
    }
    if (!reports.knowsCategory(serviceCode.get())) {
      // The spec's answer for a service_code that names no service: 404, as for its definition.
      return new Refused(Open311Error.notFound("unknown service_code " + serviceCode.get()));
    }
    Optional<String> description = form.get("description");
    if (description.isEmpty()) {
      return badRequest("description is required: officers triage what was seen");
    }
    if (characters(description.get()) > MAX_DESCRIPTION) {
      return badRequest("description is longer than 4,000 characters");
    }
    Optional<String> lat = form.get("lat");
    Optional<String> lon = form.get("long");
    if (lat.isPresent() != lon.isPresent()) {
      return badRequest("lat and long must be sent together");
    }
    Optional<GeoPoint> point = Optional.empty();
    if (lat.isPresent()) {
      Optional<GeoPoint> read = point(lat.get(), lon.get());
      if (read.isEmpty()) {
        return badRequest(
            "lat and long must be decimal degrees (WGS84), lat from -90 to 90, long from -180 to"
                + " 180");
      }
      point = read;
    }
    String addressString = form.get("address_string").orElse("");
    if (characters(addressString) > MAX_ADDRESS_STRING) {
      return badRequest("address_string is longer than 1,000 characters");
    }
    Optional<String> addressId = form.get("address_id");
    if (addressId.isPresent() && UnitCode.parse(addressId.get()).flatMap(units::find).isEmpty()) {
      return badRequest("unknown address_id " + addressId.get() + ": a unit code of the province");
    }
    Optional<String> mediaUrl = form.get("media_url");
    if (mediaUrl.isPresent() && !isWebAddress(mediaUrl.get())) {
      return badRequest(
          "media_url must be an http or https URL of at most 2,000 characters, without a user"
              + " name or password");
    }
    String address = form.attribute("address").orElse("");
    if (characters(address) > MAX_ADDRESS) {
      return badRequest("attribute[address] is longer than 300 characters");
    }
    String phone = form.attribute("phone").or(() -> form.get("phone")).orElse("");
    if (reports.asksForContact(serviceCode.get())) {
      if (phone.isEmpty()) {
        return badRequest("attribute[phone] is required: someone has to bring the help");
      }
      Optional<String> digits = phoneDigits(phone);
      if (digits.isEmpty()) {
        return badRequest("attribute[phone] is not a phone number of 8 to 15 digits");
      }
      phone = digits.get();
    }
    return new Valid(
        new Open311Submission(
            serviceCode.get(),
            description.get(),
            point,
            addressString,
            addressId.flatMap(UnitCode::parse),
            new Contact(phone, address),
            mediaUrl));
  }

  private static Optional<GeoPoint> point(String lat, String lon) {
    if (!DEGREES.matcher(lat).matches() || !DEGREES.matcher(lon).matches()) {
      return Optional.empty();
    }
    double latitude = Double.parseDouble(lat);
    double longitude = Double.parseDouble(lon);
    return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180
        ? Optional.of(new GeoPoint(latitude, longitude))
        : Optional.empty();
  }

  /** The digits (and a leading +) as the bot keeps a typed phone number, 8 to 15 of them. */
  private static Optional<String> phoneDigits(String phone) {
    String digits = phone.replaceAll("[^0-9+]", "");
    return digits.length() >= 8 && digits.length() <= 15 ? Optional.of(digits) : Optional.empty();
  }

  // A link with a user name or password in it would hand a secret to every reader of the ticket.
  private static boolean isWebAddress(String text) {
    if (text.length() > MAX_MEDIA_URL) {
      return false;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && uri.getRawUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static int characters(String text) {
    return text.codePointCount(0, text.length());
  }

  private static Refused badRequest(String description) {
    return new Refused(Open311Error.badRequest(description));
  }
}
