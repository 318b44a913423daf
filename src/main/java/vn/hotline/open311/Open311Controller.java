package vn.hotline.open311;

import static vn.hotline.open311.Open311Http.answer;
import static vn.hotline.open311.Open311Http.notFound;
import static vn.hotline.open311.Open311Http.refusal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.hotline.access.ApiKey;
import vn.hotline.access.KeyRing;
import vn.hotline.config.BotConfig;
import vn.hotline.signin.PublicUrl;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketSearch;
import vn.hotline.ticket.Tickets;
import vn.hotline.unit.Unit;

/**
 * The Open311 GeoReport v2 read endpoints, in JSON or XML as the path's extension says. Open to
 * anyone by design; an {@code api_key} with the tickets scope only adds what was reported.
 */
@Tag(name = "Open311", description = "Open311 GeoReport v2: public reads, filing with an api_key.")
@Controller("/open311/v2")
@ExecuteOn(TaskExecutors.BLOCKING)
final class Open311Controller {
  private static final int SEARCH_PAGE = 500;

  private final Tickets tickets;
  private final BotConfig config;
  private final KeyRing keys;
  private final PublicUrl publicUrl;
  private final Clock clock;
  private final Open311Services services;
  private final Open311Requests requests;

  Open311Controller(
      Tickets tickets, BotConfig config, KeyRing keys, PublicUrl publicUrl, Clock clock) {
    this.tickets = tickets;
    this.config = config;
    this.keys = keys;
    this.publicUrl = publicUrl;
    this.clock = clock;
    this.services = new Open311Services(config.categories(), config.messages());
    this.requests =
        new Open311Requests(
            config.categories(), config.units(), config.messages(), config.sla().zone());
  }

  /** {@code discovery}, {@code services} and {@code requests}, each with its extension. */
  @Operation(
      summary = "The discovery document, the services, or service requests",
      description =
          "file: discovery, services or requests, with .json or .xml. Requests take the spec's"
              + " filters (at most 1000, newest first); an api_key with the tickets scope adds"
              + " what was reported.")
  // produces ALL: the extension chooses the format, so a client asking for text/xml is not told
  // 406.
  @Get(value = "/{file}", produces = MediaType.ALL)
  HttpResponse<String> document(
      @PathVariable String file,
      @Nullable @QueryValue String locale,
      @Nullable @QueryValue("api_key") String apiKey,
      @Nullable @QueryValue("service_request_id") String ids,
      @Nullable @QueryValue("service_code") String serviceCode,
      @Nullable @QueryValue("start_date") String startDate,
      @Nullable @QueryValue("end_date") String endDate,
      @Nullable @QueryValue String status) {
    return switch (Open311Http.read(file, locale)) {
      case Open311Http.Refused refused -> refused.answer();
      case Open311Http.Document asked ->
          switch (asked.name()) {
            case "discovery" ->
                answer(
                    Open311Discovery.document(publicUrl.value(), config.messages(), asked.locale()),
                    asked.format());
            case "services" -> answer(services.list(asked.locale()), asked.format());
            case "requests" ->
                listRequests(
                    Open311Query.read(
                        ids,
                        serviceCode,
                        startDate,
                        endDate,
                        status,
                        config.categories(),
                        clock.instant(),
                        config.sla().zone()),
                    apiKey,
                    asked.locale(),
                    asked.format());
            default -> notFound(asked.format());
          };
    };
  }

  @Operation(
      summary = "A service's definition",
      description = "file: the service_code with .json or .xml.")
  @Get(value = "/services/{file}", produces = MediaType.ALL)
  HttpResponse<String> service(@PathVariable String file, @Nullable @QueryValue String locale) {
    return switch (Open311Http.read(file, locale)) {
      case Open311Http.Refused refused -> refused.answer();
      case Open311Http.Document asked ->
          services
              .definition(asked.name(), asked.locale())
              .map(definition -> answer(definition, asked.format()))
              .orElseGet(
                  () ->
                      refusal(
                          Open311Error.notFound("unknown service_code " + asked.name()),
                          asked.format()));
    };
  }

  @Operation(
      summary = "One service request",
      description =
          "file: the service_request_id (the ticket's code) with .json or .xml; an api_key with"
              + " the tickets scope adds what was reported.")
  @Get(value = "/requests/{file}", produces = MediaType.ALL)
  HttpResponse<String> request(
      @PathVariable String file,
      @Nullable @QueryValue String locale,
      @Nullable @QueryValue("api_key") String apiKey) {
    return switch (Open311Http.read(file, locale)) {
      case Open311Http.Refused refused -> refused.answer();
      case Open311Http.Document asked ->
          listRequests(
              new Open311Query.ByIds(List.of(asked.name())),
              apiKey,
              asked.locale(),
              asked.format());
    };
  }

  private HttpResponse<String> listRequests(
      Open311Query query, String apiKey, Locale locale, Open311Format format) {
    Optional<ApiKey> key = keys.current().find(apiKey);
    if (apiKey != null && !apiKey.isEmpty() && key.isEmpty()) {
      return refusal(new Open311Error(403, "api_key is not valid"), format);
    }
    return switch (query) {
      case Open311Query.Refused refused -> refusal(refused.error(), format);
      case Open311Query.ByIds byIds -> {
        List<Ticket> found =
            byIds.ids().stream().map(tickets::find).flatMap(Optional::stream).toList();
        yield found.isEmpty()
            ? refusal(Open311Error.notFound("unknown service_request_id"), format)
            : answer(requests.list(found, key, locale), format);
      }
      case Open311Query.Filtered filtered ->
          answer(requests.list(search(filtered), key, locale), format);
    };
  }

  /** Up to the spec's 1000 tickets, newest first, read a page at a time. */
  private List<Ticket> search(Open311Query.Filtered filtered) {
    TicketSearch search =
        new TicketSearch(
            java.util.Set.copyOf(config.units().all().stream().map(Unit::code).toList()),
            filtered.start(),
            filtered.end(),
            Optional.empty(),
            filtered.serviceCodes().size() == 1
                ? filtered.serviceCodes().stream().findFirst()
                : Optional.empty());
    List<Ticket> found = new ArrayList<>();
    for (int skip = 0; found.size() < Open311Query.MAX_REQUESTS; skip += SEARCH_PAGE) {
      List<Ticket> page = tickets.search(search, skip, SEARCH_PAGE);
      page.stream()
          .filter(filtered::matches)
          .limit(Open311Query.MAX_REQUESTS - found.size())
          .forEach(found::add);
      if (page.size() < SEARCH_PAGE) {
        break;
      }
    }
    return found;
  }
}
