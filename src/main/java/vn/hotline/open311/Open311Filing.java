package vn.hotline.open311;

import static vn.hotline.open311.Open311Http.refusal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.hotline.access.ApiKey;
import vn.hotline.access.KeyRing;
import vn.hotline.access.Scope;
import vn.hotline.config.BotConfig;
import vn.hotline.intake.DirectAssessment;
import vn.hotline.intake.DirectReport;
import vn.hotline.intake.DirectReports;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Reporter;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Tickets;

/**
 * The spec's {@code POST requests}: a partner system (a call centre, a city app) files a report,
 * triaged and filed as the bot files one, and learns its code and what happens next. Only a key
 * with the {@code open311} scope may file, but about any place of the province: a call centre takes
 * calls about every commune, so the key's units limit what it reads, not what it reports.
 */
@Tag(name = "Open311")
@Controller("/open311/v2")
@ExecuteOn(TaskExecutors.BLOCKING)
final class Open311Filing {
  private final Tickets tickets;
  private final KeyRing keys;
  private final DirectReports reports;
  private final BotConfig config;
  private final Clock clock;
  private final Open311Notice notice;

  Open311Filing(
      Tickets tickets, KeyRing keys, DirectReports reports, BotConfig config, Clock clock) {
    this.tickets = tickets;
    this.keys = keys;
    this.reports = reports;
    this.config = config;
    this.clock = clock;
    this.notice = new Open311Notice(reports, config.units(), config.messages());
  }

  /**
   * {@code requests.json} or {@code requests.xml}, the fields form-encoded as the spec sends them.
   * The extension alone chooses the format: whatever a client accepts, it is not told 406.
   */
  @Operation(
      summary = "File a service request",
      description =
          "file: requests.json or requests.xml. Form-encoded: api_key (open311 scope),"
              + " service_code, description, lat/long or address_string or address_id, phone,"
              + " attribute[phone], attribute[address], media_url; header Idempotency-Key.")
  @Post(value = "/{file}", consumes = MediaType.ALL, produces = MediaType.ALL)
  HttpResponse<String> file(
      HttpRequest<?> request,
      @PathVariable String file,
      @Nullable @QueryValue("api_key") String apiKeyInQuery,
      @Nullable @QueryValue String locale,
      @Nullable @Header("Idempotency-Key") String idempotencyKey,
      @Nullable @Body String body) {
    Optional<Open311Format.Named> named = Open311Format.split(file);
    Open311Format format = named.map(Open311Format.Named::format).orElse(Open311Format.JSON);
    if (!isForm(request) && body != null && !body.isBlank()) {
      return refusal(
          Open311Error.badRequest("send the fields as application/x-www-form-urlencoded"), format);
    }
    Open311Form form = Open311Form.decode(body);
    // The spec: 403 for a wrong or a missing api_key alike. Asked before the path and the fields,
    // so that a caller without a key learns nothing of what it would take to file.
    Optional<String> apiKey = form.get("api_key").or(() -> Optional.ofNullable(apiKeyInQuery));
    if (apiKey.isEmpty()) {
      return refusal(new Open311Error(403, "api_key is required to file a request"), format);
    }
    Optional<ApiKey> key = keys.current().find(apiKey.get());
    if (key.isEmpty()) {
      return refusal(new Open311Error(403, "api_key is not valid"), format);
    }
    if (!key.get().allows(Scope.OPEN311)) {
      return refusal(new Open311Error(403, "api_key does not have the open311 scope"), format);
    }
    if (named.isEmpty() || !named.get().name().equals("requests")) {
      return Open311Http.notFound(format);
    }
    Optional<Locale> language = Open311Http.language(form.get("locale").orElse(locale));
    if (language.isEmpty()) {
      return Open311Http.badLocale(format);
    }
    Optional<String> header =
        Optional.ofNullable(idempotencyKey).map(String::strip).filter(k -> !k.isEmpty());
    if (header.filter(k -> k.length() > Open311Origin.MAX_IDEMPOTENCY_KEY).isPresent()) {
      return refusal(
          Open311Error.badRequest("Idempotency-Key is longer than 200 characters"), format);
    }
    return switch (Open311Submission.read(form, reports, config.units())) {
      case Open311Submission.Refused refused -> refusal(refused.error(), format);
      case Open311Submission.Valid valid -> {
        Instant now = clock.instant();
        Open311Origin origin =
            header
                .map(k -> Open311Origin.keyed(key.get(), k))
                .orElseGet(() -> Open311Origin.fingerprinted(key.get(), valid.submission(), now));
        Ticket ticket =
            origin
                .repeated(tickets, now)
                .orElseGet(
                    () -> fileNew(valid.submission(), key.get(), origin, language.get(), now));
        yield answer(ticket, language.get(), format);
      }
    };
  }

  private Ticket fileNew(
      Open311Submission s, ApiKey key, Open311Origin origin, Locale locale, Instant now) {
    DirectReport report =
        new DirectReport(
            origin.origin(),
            // Who sent it, as the administrator named the key: never the key.
            new Reporter(Channel.OPEN311, key.name()),
            s.description(),
            s.addressString(),
            s.point(),
            s.addressId(),
            Optional.of(s.serviceCode()),
            s.contact(),
            false);
    // A partner cannot be asked: triage always has an answer, an open place for officers to settle.
    DirectAssessment.Ready ready = (DirectAssessment.Ready) reports.assess(report, locale);
    return reports.file(ready, List.of(), s.mediaUrl(), now);
  }

  private HttpResponse<String> answer(Ticket ticket, Locale locale, Open311Format format) {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("service_request_id", ticket.code().toString());
    request.put("service_notice", notice.of(ticket, locale));
    Open311Document document =
        new Open311Document.Listing("service_requests", "request", List.of(request));
    return Open311Http.answer(document, format);
  }

  private static boolean isForm(HttpRequest<?> request) {
    return request
        .getContentType()
        .map(type -> type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
        .orElse(false);
  }
}
