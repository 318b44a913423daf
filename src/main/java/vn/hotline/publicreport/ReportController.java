package vn.hotline.publicreport;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import vn.hotline.category.Priority;
import vn.hotline.intake.DirectReports;
import vn.hotline.messages.Messages;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Tickets;
import vn.hotline.web.Page;
import vn.hotline.web.Pages;

/**
 * The public report page, for citizens without Telegram: the form ({@code GET /report}), its choice
 * pages and filing ({@code POST /report}), and the result ({@code GET /report/done/CODE}), to which
 * a filed report redirects so that a reload shows it again rather than sending it again. Nobody
 * signs in; floods are refused before this controller by the service's rate limits.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
final class ReportController {
  /** The hidden field people never see and form-filling robots fill: a filled one is refused. */
  static final String HONEYPOT = "homepage_link";

  private final PublicReports reports;
  private final DirectReports receipts;
  private final Tickets tickets;
  private final Pages pages;
  private final BotWords words;

  ReportController(
      PublicReports reports,
      DirectReports receipts,
      Tickets tickets,
      Pages pages,
      Messages messages) {
    this.reports = reports;
    this.receipts = receipts;
    this.tickets = tickets;
    this.pages = pages;
    this.words = new BotWords(messages);
  }

  @Get(value = "/report", produces = MediaType.TEXT_HTML)
  HttpResponse<?> form(HttpRequest<?> request) {
    return formPage(request, ReportForm.blank(), "", HttpStatus.OK);
  }

  @Post(value = "/report", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
  HttpResponse<?> send(
      HttpRequest<?> request,
      @Nullable @Part("token") String token,
      @Nullable @Part("text") String text,
      @Nullable @Part("placeText") String placeText,
      @Nullable @Part("lat") String latitude,
      @Nullable @Part("lon") String longitude,
      @Nullable @Part("phone") String phone,
      @Nullable @Part("place") String place,
      @Nullable @Part("category") String category,
      @Nullable @Part("photo") CompletedFileUpload photo,
      @Nullable @Part(HONEYPOT) String trap) {
    if (trap != null && !trap.isEmpty()) {
      Page page = pages.anonymous(request, "public.refused.title");
      return noStore(
          HttpResponse.status(HttpStatus.BAD_REQUEST)
              .body(Pages.view("reportRefused", page, "message", page.t("public.refused"))));
    }
    ReportForm form =
        new ReportForm(token, text, placeText, latitude, longitude, phone, place, category, false);
    PhotoPart part = PhotoPart.of(photo == null ? 0 : photo.getSize(), () -> bytes(photo));
    Locale locale = pages.anonymous(request, "public.title").text().locale();
    return switch (reports.send(form, part, locale)) {
      case Sending.Invalid invalid ->
          formPage(request, invalid.form(), invalid.messageKey(), HttpStatus.UNPROCESSABLE_ENTITY);
      case Sending.Asking asking ->
          noStore(
              Pages.ok(
                  "reportChoose",
                  pages.anonymous(request, "public.choose.title"),
                  "choosing",
                  asking.choosing()));
      case Sending.Filed filed ->
          HttpResponse.seeOther(
              URI.create(
                  "/report/done/" + filed.code() + (filed.photoLost() ? "?photo=lost" : "")));
    };
  }

  @Get(value = "/report/done/{code}", produces = MediaType.TEXT_HTML)
  HttpResponse<?> done(
      HttpRequest<?> request, @PathVariable String code, @Nullable @QueryValue String photo) {
    Page page = pages.anonymous(request, "public.done.title");
    Optional<Ticket> ticket = tickets.find(code);
    if (ticket.isEmpty()) {
      return StatusController.notFound(pages, request, code);
    }
    Locale locale = page.text().locale();
    boolean urgent = ticket.get().reported().priority() == Priority.URGENT;
    Result result =
        new Result(
            receipts.receipt(ticket.get(), locale),
            urgent ? words.call115(locale) : "",
            "lost".equals(photo));
    return Pages.ok("reportDone", page, "result", result);
  }

  /**
   * A body over the service's limit (a photo far over 5 MB, from a browser without the page's
   * script) is refused before it is read: the form again, saying why.
   */
  @Error(exception = ContentLengthExceededException.class)
  HttpResponse<?> tooLarge(HttpRequest<?> request) {
    // The rest of the body is not read: the connection cannot carry another request.
    return formPage(
            request,
            ReportForm.blank(),
            "public.photoTooLarge",
            HttpStatus.REQUEST_ENTITY_TOO_LARGE)
        .header("Connection", "close");
  }

  private MutableHttpResponse<?> formPage(
      HttpRequest<?> request, ReportForm form, String errorKey, HttpStatus status) {
    Page page = pages.anonymous(request, "public.title");
    Locale locale = page.text().locale();
    return noStore(
        HttpResponse.status(status)
            .body(
                Pages.view(
                    "report",
                    page,
                    "form",
                    form,
                    "error",
                    errorKey.isEmpty() ? "" : page.t(errorKey),
                    "examples",
                    words.examples(locale),
                    "honeypot",
                    HONEYPOT)));
  }

  // A page that carries a form's token is not kept: going back to it asks the server again.
  private static MutableHttpResponse<?> noStore(MutableHttpResponse<?> response) {
    return response.header("Cache-Control", "no-store");
  }

  private static byte[] bytes(CompletedFileUpload upload) {
    try {
      return upload.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
