package vn.hotline.intake;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.hotline.category.Categories;
import vn.hotline.category.Category;
import vn.hotline.category.Priority;
import vn.hotline.intake.DirectAssessment.Choice;
import vn.hotline.intake.DirectAssessment.Why;
import vn.hotline.sla.SlaPolicy;
import vn.hotline.ticket.Attachment;
import vn.hotline.ticket.Contact;
import vn.hotline.ticket.Reported;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.UncertainPlace;
import vn.hotline.triage.PlaceResult;
import vn.hotline.triage.Triage;
import vn.hotline.triage.TriageResult;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/**
 * Reports that arrive whole, from channels without a conversation: the public report page and
 * Open311. The same triage as on Telegram gives the category, the urgency and the place, and the
 * same filing puts the ticket in its commune's queue. What triage cannot settle is offered to the
 * citizen at the page, as the bot offers buttons; a partner system cannot be asked, and an urgent
 * report must not wait, so those are filed at once where officers settle them, as the bot files an
 * urgent report whose place is still open.
 */
public final class DirectReports {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm dd/MM");

  private final Triage triage;
  private final UnitTree units;
  private final Categories categories;
  private final SlaPolicy sla;
  private final Filing filing;

  DirectReports(
      Triage triage, UnitTree units, Categories categories, SlaPolicy sla, Filing filing) {
    this.triage = triage;
    this.units = units;
    this.categories = categories;
    this.sla = sla;
    this.filing = filing;
  }

  /** Whether {@code code} names a category (an Open311 service). */
  public boolean knowsCategory(String code) {
    return categories.find(code).isPresent();
  }

  /** Whether reports of this category ask for a phone and address, so that help can be brought. */
  public boolean asksForContact(String category) {
    return categories.find(category).map(Category::asksForContact).orElse(false);
  }

  /** Triage's view of the report, in {@code locale} for any choice it offers. */
  public DirectAssessment assess(DirectReport report, Locale locale) {
    TriageResult result =
        report
            .point()
            .map(p -> triage.assess(report.text(), p))
            .orElse(triage.assess(report.text()));
    boolean urgent = result.urgent();
    boolean asking = report.citizenChooses() && !urgent;
    String category = report.chosenCategory().filter(this::knowsCategory).orElse(result.category());
    boolean categorySure =
        report.chosenCategory().isPresent()
            || urgent
            || result.confidence() >= ReportFlow.SURE_ENOUGH;
    Priority priority = urgent ? Priority.URGENT : categories.get(category).priority();
    PlaceResult place = place(report, result);
    Optional<Unit> settled = settled(place);
    if (settled.isEmpty() && asking) {
      return askPlace(place);
    }
    if (!categorySure && asking) {
      return new DirectAssessment.ChooseCategory(
          ReportFlow.categoryChoices(result).stream()
              .map(code -> new Choice(code, categories.get(code).name(locale)))
              .toList());
    }
    if (settled.isPresent()) {
      Unit at = settled.get();
      return new DirectAssessment.Ready(
          report,
          category,
          priority,
          result.confidence(),
          urgent,
          filing.queueFor(at, category),
          at,
          "",
          true);
    }
    Unit area = openArea(place);
    return new DirectAssessment.Ready(
        report,
        category,
        priority,
        result.confidence(),
        urgent,
        area,
        area,
        new UncertainPlace(candidates(place)).note(),
        false);
  }

  /**
   * Files a report that is ready, with the channel's ids of its photos. A phone and address are
   * kept only on a help request: on a report about others they would name the reporter to officers.
   */
  public Ticket file(DirectAssessment.Ready ready, List<String> photoIds, Instant at) {
    return file(ready, photoIds, Optional.empty(), at);
  }

  /**
   * Files a report that is ready, as {@link #file(DirectAssessment.Ready, List, Instant)}, with a
   * partner's link to media about it (never fetched: a link is kept as it was given).
   */
  public Ticket file(
      DirectAssessment.Ready ready, List<String> photoIds, Optional<String> mediaUrl, Instant at) {
    DirectReport report = ready.report();
    Contact contact = asksForContact(ready.category()) ? report.contact() : Contact.NONE;
    List<Attachment> attachments = new ArrayList<>();
    photoIds.forEach(id -> attachments.add(new Attachment(Attachment.PHOTO, id, false)));
    mediaUrl.ifPresent(url -> attachments.add(new Attachment(Attachment.MEDIA_URL, url, false)));
    Reported reported =
        new Reported(
            ready.category(),
            ready.priority(),
            report.text(),
            attachments,
            report.reporter(),
            contact,
            ready.confidence(),
            report.point().orElse(null));
    return filing.file(report.origin(), ready.queue(), ready.place(), ready.note(), reported, at);
  }

  /** What the citizen is told of a filed ticket, as in the bot's first reply. */
  public Receipt receipt(Ticket ticket, Locale locale) {
    Category category = categories.get(ticket.reported().category());
    return new Receipt(
        ticket.code().toString(),
        category.name(locale),
        units.describe(units.get(ticket.whereabouts().placeOrUnit())),
        CLOCK.format(ticket.deadlines().acknowledgeBy().atZone(sla.zone())),
        UncertainPlace.of(ticket).isEmpty(),
        category.asksForContact());
  }

  /**
   * The bot's first reply, in facts.
   *
   * @param code the ticket's code, as the citizen types it
   * @param category the kind of report, in the citizen's language
   * @param place where it is handled, with the units above
   * @param acknowledgeBy when the Command Centre takes it up at the latest (HH:mm dd/MM)
   * @param placeSettled whether the place is known to the commune
   * @param asksForContact whether help is to be brought, so a phone matters
   */
  public record Receipt(
      String code,
      String category,
      String place,
      String acknowledgeBy,
      boolean placeSettled,
      boolean asksForContact) {}

  // A place said apart from the text (an address) goes first; the text's own mention otherwise.
  private PlaceResult place(DirectReport report, TriageResult fromText) {
    if (report.chosenPlace().isPresent()) {
      Optional<Unit> chosen = report.chosenPlace().flatMap(units::find);
      if (chosen.isPresent()) {
        return new PlaceResult.Found(chosen.get());
      }
    }
    if (!report.placeText().isEmpty()) {
      PlaceResult said =
          report
              .point()
              .map(p -> triage.assess(report.placeText(), p))
              .orElse(triage.assess(report.placeText()))
              .place();
      if (said.status() != PlaceResult.Status.NONE) {
        return said;
      }
    }
    return fromText.place();
  }

  /** The commune, or a village within it, when the place is settled that far. */
  private Optional<Unit> settled(PlaceResult place) {
    return place.unit().filter(unit -> unit.level().ordinal() >= UnitLevel.COMMUNE.ordinal());
  }

  private DirectAssessment askPlace(PlaceResult place) {
    return switch (place) {
      case PlaceResult.Ambiguous ambiguous ->
          new DirectAssessment.ChoosePlace(Why.AMBIGUOUS, "", choices(ambiguous.units()));
      case PlaceResult.Found found ->
          new DirectAssessment.ChoosePlace(
              Why.WHICH_COMMUNE,
              found.found().fullName(),
              choices(units.below(found.found(), UnitLevel.COMMUNE)));
      case PlaceResult.None none -> new DirectAssessment.ChoosePlace(Why.NONE, "", List.of());
    };
  }

  private List<Choice> choices(List<Unit> candidates) {
    return candidates.stream()
        .map(
            unit ->
                new Choice(
                    unit.code().value(),
                    unit.fullName()
                        + units.parentOf(unit).map(p -> " (" + p.fullName() + ")").orElse("")))
        .toList();
  }

  /** Where a report whose place is open waits: the district named, or above every candidate. */
  private Unit openArea(PlaceResult place) {
    return switch (place) {
      case PlaceResult.Found found -> found.found();
      case PlaceResult.Ambiguous ambiguous -> filing.commonAncestor(candidates(place));
      case PlaceResult.None none -> units.root();
    };
  }

  private static List<UnitCode> candidates(PlaceResult place) {
    return place.candidates().stream().map(Unit::code).toList();
  }
}
