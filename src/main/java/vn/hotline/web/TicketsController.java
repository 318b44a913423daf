package vn.hotline.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hotline.access.ApiKey;
import vn.hotline.access.Scope;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketSearch;
import vn.hotline.ticket.Tickets;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * {@code GET /api/v1/tickets} (JSON, a page at a time), {@code tickets.csv} and {@code
 * tickets.xlsx} (every match up to {@link #EXPORT_LIMIT}): the tickets filed in a unit and
 * everything below it over a period, newest first. Needs a key with the {@code tickets} scope that
 * covers the unit.
 */
@Tag(
    name = "Tickets",
    description = "The tickets, without who reported them; keys with the tickets scope.")
@SecurityRequirement(name = ApiDocsController.BEARER)
@ApiResponse(
    responseCode = "400",
    description = "a bad parameter, named in the error",
    content =
        @Content(
            mediaType = "application/json",
            schema = @Schema(type = "object", example = ApiDocsController.BAD_PARAMETER)))
@ApiResponse(
    responseCode = "401",
    description = "no key or a wrong one",
    content =
        @Content(
            mediaType = "application/json",
            schema = @Schema(type = "object", example = ApiDocsController.NO_KEY)))
@ApiResponse(
    responseCode = "403",
    description = "a unit outside the key's units, or a scope the key lacks",
    content =
        @Content(
            mediaType = "application/json",
            schema = @Schema(type = "object", example = ApiDocsController.NOT_COVERED)))
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
final class TicketsController {
  static final int PAGE_SIZE = 100;
  static final int EXPORT_LIMIT = 100_000;

  private final Tickets tickets;
  private final ApiParameters parameters;

  TicketsController(Tickets tickets, ApiParameters parameters) {
    this.tickets = tickets;
    this.parameters = parameters;
  }

  /**
   * The tickets filed in a unit and everything below it over a period, newest first, 100 a page.
   *
   * @param unit the unit's code; needed unless the key has exactly one unit
   * @param from the first day, YYYY-MM-DD (default today)
   * @param to the last day, YYYY-MM-DD (default today, at most 366 days after from)
   * @param state only tickets in this state: NEW, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, CLOSED,
   *     REJECTED or DUPLICATE
   * @param category only tickets of this category (its code in categories.yml)
   * @param page the page, from 1 (default 1); hasMore says whether another follows
   */
  @Operation(operationId = "tickets")
  @ApiResponse(
      responseCode = "200",
      description = "unit, from, to, timeZone, page, pageSize, hasMore and tickets",
      content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
  @Get("/tickets")
  HttpResponse<String> json(
      @RequestAttribute(ApiKeyFilter.KEY) ApiKey key,
      @Nullable @QueryValue String unit,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String state,
      @Nullable @QueryValue String category,
      @Nullable @QueryValue String page) {
    Listing listing = listing(key, unit, from, to, state, category);
    int number = parameters.page(page);
    List<Ticket> found = tickets.search(listing.search(), (number - 1) * PAGE_SIZE, PAGE_SIZE + 1);
    boolean hasMore = found.size() > PAGE_SIZE;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(
        "unit", Map.of("code", listing.unit().code().value(), "name", listing.unit().fullName()));
    body.put("from", listing.period().from().toString());
    body.put("to", listing.period().to().toString());
    body.put("timeZone", parameters.zone().getId());
    body.put("page", number);
    body.put("pageSize", PAGE_SIZE);
    body.put("hasMore", hasMore);
    body.put("tickets", table(hasMore ? found.subList(0, PAGE_SIZE) : found).objects());
    return ApiJson.ok(body);
  }

  /**
   * Every ticket that matches, up to 100,000, as CSV (UTF-8 with a byte order mark).
   *
   * @param unit the unit's code; needed unless the key has exactly one unit
   * @param from the first day, YYYY-MM-DD (default today)
   * @param to the last day, YYYY-MM-DD (default today, at most 366 days after from)
   * @param state only tickets in this state: NEW, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, CLOSED,
   *     REJECTED or DUPLICATE
   * @param category only tickets of this category (its code in categories.yml)
   */
  @Operation(operationId = "ticketsCsv")
  @ApiResponse(
      responseCode = "200",
      description = "a CSV download",
      content = @Content(mediaType = "text/csv"))
  @Get("/tickets.csv")
  HttpResponse<byte[]> csv(
      @RequestAttribute(ApiKeyFilter.KEY) ApiKey key,
      @Nullable @QueryValue String unit,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String state,
      @Nullable @QueryValue String category) {
    Listing listing = listing(key, unit, from, to, state, category);
    return Exports.csv(table(all(listing)), fileName(listing));
  }

  /**
   * Every ticket that matches, up to 100,000, as an Excel workbook.
   *
   * @param unit the unit's code; needed unless the key has exactly one unit
   * @param from the first day, YYYY-MM-DD (default today)
   * @param to the last day, YYYY-MM-DD (default today, at most 366 days after from)
   * @param state only tickets in this state: NEW, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, CLOSED,
   *     REJECTED or DUPLICATE
   * @param category only tickets of this category (its code in categories.yml)
   */
  @Operation(operationId = "ticketsXlsx")
  @ApiResponse(
      responseCode = "200",
      description = "an XLSX download",
      content =
          @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
  @Get("/tickets.xlsx")
  HttpResponse<byte[]> xlsx(
      @RequestAttribute(ApiKeyFilter.KEY) ApiKey key,
      @Nullable @QueryValue String unit,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String state,
      @Nullable @QueryValue String category) {
    Listing listing = listing(key, unit, from, to, state, category);
    return Exports.xlsx(table(all(listing)), "tickets", fileName(listing));
  }

  private record Listing(Unit unit, ApiPeriod period, TicketSearch search) {}

  private Listing listing(
      ApiKey key, String unitCode, String from, String to, String state, String category) {
    parameters.requireScope(key, Scope.TICKETS);
    Unit unit = parameters.unit(key, unitCode);
    ApiPeriod period = parameters.period(from, to);
    UnitTree units = parameters.units();
    List<UnitCode> subtree =
        units.all().stream().filter(u -> units.isWithin(u, unit)).map(Unit::code).toList();
    TicketSearch search =
        new TicketSearch(
            java.util.Set.copyOf(subtree),
            period.start(),
            period.end(),
            parameters.state(state),
            parameters.category(category));
    return new Listing(unit, period, search);
  }

  private List<Ticket> all(Listing listing) {
    return tickets.search(listing.search(), 0, EXPORT_LIMIT);
  }

  private Table table(List<Ticket> page) {
    return Table.of(TicketColumns.of(parameters.units(), parameters.zone()), page);
  }

  private static String fileName(Listing listing) {
    return "tickets-%s-%s-%s"
        .formatted(listing.unit().code(), listing.period().from(), listing.period().to());
  }
}
