package vn.hotline.webdesk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.hotline.desk.Desk;
import vn.hotline.desk.TicketLookup;
import vn.hotline.desk.WebRequest;
import vn.hotline.notify.ChannelPhotos;
import vn.hotline.signin.PublicUrl;
import vn.hotline.web.Forms;
import vn.hotline.web.Pages;
import vn.hotline.web.Viewer;

/**
 * The desk's actions from the ticket page, {@code POST /t/CODE/ACTION}: checked for the form's CSRF
 * token first, then carried out by the desk with the rules of Telegram's buttons. The answer is a
 * redirect to the ticket page, which shows the outcome once: done, or why not (someone else was
 * first, not allowed); refusals are shown, never thrown. Updates and results come as multipart
 * forms, for the photo that may go with them.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
final class WebActionController {
  private final Desk desk;
  private final Pages pages;
  private final Optional<ChannelPhotos> channel;
  private final boolean secureCookies;

  WebActionController(
      Desk desk, Pages pages, Optional<ChannelPhotos> channel, PublicUrl publicUrl) {
    this.desk = desk;
    this.pages = pages;
    this.channel = channel;
    this.secureCookies = publicUrl.secureCookies();
  }

  @Post(
      value = "/t/{code}/{action}",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  HttpResponse<?> act(
      HttpRequest<?> request,
      @PathVariable String code,
      @PathVariable String action,
      @Nullable @Body Map<String, String> form) {
    Map<String, String> fields = form == null ? Map.of() : form;
    return act(request, code, action, fields, new PhotoUpload.None());
  }

  @Post(
      value = "/t/{code}/{action}",
      consumes = MediaType.MULTIPART_FORM_DATA,
      produces = MediaType.TEXT_HTML)
  HttpResponse<?> actWithPhoto(
      HttpRequest<?> request,
      @PathVariable String code,
      @PathVariable String action,
      @Nullable @Part("_csrf") String csrf,
      @Nullable @Part("note") String note,
      @Nullable @Part("photo") CompletedFileUpload photo) {
    Map<String, String> fields = new HashMap<>();
    fields.put(Forms.CSRF, csrf);
    fields.put("note", note);
    PhotoUpload upload =
        photo != null && photo.getSize() > TicketFlash.MAX_PHOTO_BYTES
            ? new PhotoUpload.Refused("web.ticket.photoTooLarge")
            : PhotoUpload.of(bytes(photo));
    return act(request, code, action, fields, upload);
  }

  private HttpResponse<?> act(
      HttpRequest<?> request,
      String code,
      String action,
      Map<String, String> form,
      PhotoUpload photo) {
    Viewer viewer = request.getAttribute(Viewer.ATTRIBUTE, Viewer.class).orElseThrow();
    if (!viewer.csrfMatches(form.get(Forms.CSRF))) {
      return pages.problem(request, viewer, HttpStatus.FORBIDDEN, "web.csrfRefused");
    }
    switch (desk.ticketForWeb(viewer.officer().id(), viewer.locale(), code)) {
      case TicketLookup.Unknown unknown -> {
        return pages.problem(request, viewer, HttpStatus.NOT_FOUND, "web.notFound");
      }
      case TicketLookup.Forbidden forbidden -> {
        return pages.problem(request, viewer, HttpStatus.FORBIDDEN, "web.forbidden");
      }
      case TicketLookup.Found found -> {
        // The page's address uses the code as the ticket spells it.
        code = found.ticket().code();
      }
    }
    if (photo instanceof PhotoUpload.Refused refused) {
      return back(code, TicketFlash.refused(pages.text(viewer.locale()).t(refused.messageKey())));
    }
    WebRequest.Proof proof =
        photo instanceof PhotoUpload.Accepted accepted ? accepted.proof(channel) : null;
    Optional<WebRequest> asked = WebActionForms.of(code, action, form, proof);
    if (asked.isEmpty()) {
      return pages.problem(request, viewer, HttpStatus.NOT_FOUND, "web.ticket.unknownAction");
    }
    return back(
        code, TicketFlash.of(desk.actFromWeb(viewer.officer().id(), viewer.locale(), asked.get())));
  }

  private HttpResponse<?> back(String code, TicketFlash flash) {
    URI page = URI.create("/t/" + URLEncoder.encode(code, StandardCharsets.UTF_8));
    return HttpResponse.seeOther(page).cookie(flash.cookie(secureCookies));
  }

  private static byte[] bytes(CompletedFileUpload upload) {
    if (upload == null) {
      return null;
    }
    try {
      return upload.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
