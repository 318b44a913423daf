package vn.hotline.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.hotline.category.Categories;
import vn.hotline.category.Category;
import vn.hotline.category.Priority;
import vn.hotline.messages.Messages;
import vn.hotline.roster.Officer;
import vn.hotline.roster.OfficerId;
import vn.hotline.ticket.Attachment;
import vn.hotline.ticket.Contact;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Tickets;
import vn.hotline.ticket.UncertainPlace;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitTree;

/**
 * Reads a ticket for the web desk, for one officer in their language: refused, as on Telegram, when
 * it is not in their units (for a supervisor, not below theirs).
 */
final class TicketViews {
  private final Tickets tickets;
  private final TicketAccess access;
  private final Messages messages;
  private final UnitTree units;
  private final Categories categories;
  private final ZoneId zone;
  private final Cards cards;
  private final TicketHistoryLines history;
  private final SimilarTickets similar;
  private final TicketChoices choices;
  private final Clock clock;

  TicketViews(Desk.Parts p, TicketAccess access, Cards cards, SimilarReports reports) {
    this.tickets = p.tickets();
    this.access = access;
    this.messages = p.messages();
    this.units = p.units();
    this.categories = p.categories();
    this.zone = p.zone();
    this.cards = cards;
    this.history = new TicketHistoryLines(p.messages(), p.units(), p.categories(), p.zone());
    this.similar = new SimilarTickets(p.tickets(), p.units(), p.messages(), reports, access);
    this.choices = new TicketChoices(p.messages(), p.units(), reports, p.roster());
    this.clock = p.clock();
  }

  TicketLookup look(OfficerId viewer, Locale locale, String code) {
    Optional<Ticket> ticket = tickets.find(code);
    if (ticket.isEmpty()) {
      return new TicketLookup.Unknown();
    }
    if (!(access.permissions().mayAct(viewer.value(), ticket.get())
        instanceof Decision.Allowed allowed)) {
      return new TicketLookup.Forbidden();
    }
    return new TicketLookup.Found(view(allowed.officer(), ticket.get(), locale));
  }

  private TicketView view(Officer viewer, Ticket t, Locale locale) {
    boolean contact =
        categories.find(t.reported().category()).map(Category::asksForContact).orElse(false);
    Contact given = t.reported().contact();
    return new TicketView(
        t.code().toString(),
        t.state().name(),
        say(locale, "state." + t.state().name()),
        t.reported().priority() == Priority.URGENT,
        cards.overdue(t),
        categories
            .find(t.reported().category())
            .map(c -> c.name(locale))
            .orElse(t.reported().category()),
        say(locale, "priority." + t.reported().priority().name()),
        units
            .find(t.whereabouts().placeOrUnit())
            .map(units::describe)
            .orElse(t.whereabouts().unitCode().value()),
        units
            .find(t.whereabouts().unitCode())
            .map(Unit::fullName)
            .orElse(t.whereabouts().unitCode().value()),
        time(t.deadlines().filedAt()),
        age(t, locale),
        time(t.deadlines().acknowledgeBy()),
        time(t.deadlines().resolveBy()),
        t.reported().text(),
        photos(t.reported().attachments()),
        mediaUrl(t.reported().attachments()),
        contact ? given.phone() : "",
        contact ? given.address() : "",
        t.assigneeName().orElse(""),
        cards.villageOwner(t).map(Officer::name).orElse(""),
        t.handling().duplicateOf() == null ? "" : t.handling().duplicateOf().toString(),
        uncertain(t),
        history.of(t, locale),
        similar.of(viewer, t, locale),
        choices.of(viewer, t, locale));
  }

  static String mediaUrl(List<Attachment> attachments) {
    return attachments.stream()
        .filter(a -> Attachment.MEDIA_URL.equals(a.kind()))
        .map(Attachment::ref)
        .findFirst()
        .orElse("");
  }

  // Numbered among the photos only: a partner's link is no photo to fetch from the channel.
  private static List<TicketView.Photo> photos(List<Attachment> attachments) {
    List<Attachment> photos = attachments.stream().filter(Attachment::isPhoto).toList();
    return IntStream.range(0, photos.size())
        .mapToObj(i -> new TicketView.Photo(i, photos.get(i).byOfficer(), photos.get(i).ref()))
        .toList();
  }

  private String uncertain(Ticket t) {
    return UncertainPlace.of(t)
        .map(
            u ->
                u.candidates().stream()
                    .flatMap(code -> units.find(code).stream())
                    .map(Unit::fullName)
                    .toList())
        .map(names -> names.isEmpty() ? "—" : String.join(", ", names))
        .orElse("");
  }

  private String age(Ticket t, Locale locale) {
    Duration age = Duration.between(t.deadlines().filedAt(), clock.instant());
    return age.toHours() >= 1
        ? say(locale, "desk.age.hours", age.toHours(), age.toMinutesPart())
        : say(locale, "desk.age.minutes", Math.max(0, age.toMinutes()));
  }

  private String time(Instant at) {
    return TicketHistoryLines.WHEN.format(at.atZone(zone));
  }

  private String say(Locale locale, String key, Object... args) {
    return messages.text(locale, key, args);
  }
}
