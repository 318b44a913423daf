package vn.hotline.publicreport;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.hotline.intake.DirectAssessment;
import vn.hotline.intake.DirectAssessment.ChooseCategory;
import vn.hotline.intake.DirectAssessment.ChoosePlace;
import vn.hotline.intake.DirectAssessment.Ready;
import vn.hotline.intake.DirectReports;
import vn.hotline.messages.Messages;
import vn.hotline.notify.ChannelPhotos;
import vn.hotline.notify.ChannelPhotos.Photo;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Tickets;
import vn.hotline.unit.UnitTree;

/**
 * Takes a report form as the bot takes a conversation: triage settles what it can, the citizen is
 * asked the rest, and the report is filed once it is ready, under the form's token so that sending
 * it twice files one ticket. A form sent again after its report was filed, with other words (the
 * browser's back button keeps the token), is a new report.
 */
@Singleton
final class PublicReports {
  private final DirectReports reports;
  private final Tickets tickets;
  private final Messages messages;
  private final Clock clock;
  private final GroupPhotos groupPhotos;
  private final HeldPhotos held;

  PublicReports(
      DirectReports reports,
      Tickets tickets,
      Messages messages,
      Clock clock,
      UnitTree units,
      Optional<ChannelPhotos> channel) {
    this.reports = reports;
    this.tickets = tickets;
    this.messages = messages;
    this.clock = clock;
    this.groupPhotos = new GroupPhotos(units, channel, messages);
    this.held = new HeldPhotos(clock, HeldPhotos.MAX_BYTES);
  }

  Sending send(ReportForm sent, PhotoPart photo, Locale locale) {
    ReportForm form = sent;
    Optional<Ticket> before = tickets.filedFrom(FormToken.origin(form.token()));
    if (before.isPresent()) {
      if (before.get().reported().text().equals(form.text().strip())) {
        return new Sending.Filed(before.get().code().toString(), false);
      }
      form = form.withToken(FormToken.fresh());
    }
    if (photo instanceof PhotoPart.Accepted accepted) {
      held.hold(form.token(), accepted.photo());
    }
    form = form.withPhotoHeld(held.get(form.token()).isPresent());
    if (photo instanceof PhotoPart.Refused refused) {
      return new Sending.Invalid(form, refused.messageKey());
    }
    Optional<String> problem = form.problem();
    if (problem.isPresent()) {
      return new Sending.Invalid(form, problem.get());
    }
    return switch (reports.assess(form.report(), locale)) {
      case Ready ready -> file(form.token(), ready);
      case ChoosePlace place -> new Sending.Asking(choosePlace(form, place, locale));
      case ChooseCategory category ->
          new Sending.Asking(
              new Choosing(
                  form,
                  "category",
                  messages.text(locale, "category.ask"),
                  category.choices(),
                  false));
    };
  }

  private Sending file(String token, Ready ready) {
    Optional<Photo> photo = held.get(token);
    Optional<String> photoId = photo.flatMap(p -> groupPhotos.post(ready.queue(), p));
    Ticket ticket = reports.file(ready, photoId.stream().toList(), clock.instant());
    held.release(token);
    return new Sending.Filed(ticket.code().toString(), photo.isPresent() && photoId.isEmpty());
  }

  private Choosing choosePlace(ReportForm form, ChoosePlace ask, Locale locale) {
    String question =
        switch (ask.why()) {
          case AMBIGUOUS -> messages.text(locale, "place.ambiguous");
          case WHICH_COMMUNE -> messages.text(locale, "place.whichCommune", ask.within());
          case NONE -> whereNothingWasFound(form, locale);
        };
    List<DirectAssessment.Choice> choices = ask.choices();
    return new Choosing(form, "place", question, choices, choices.isEmpty());
  }

  // A commune typed that triage does not know, or a position outside the province, is said so.
  private String whereNothingWasFound(ReportForm form, Locale locale) {
    if (!form.placeText().isEmpty()) {
      return messages.text(locale, "place.notFound", form.placeText());
    }
    if (form.point().isPresent()) {
      return messages.text(locale, "place.outsideArea");
    }
    return messages.text(locale, "place.ask");
  }
}
