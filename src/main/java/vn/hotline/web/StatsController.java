package vn.hotline.web;

import io.micronaut.context.annotation.Requires;
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
import java.util.Locale;
import java.util.Map;
import vn.hotline.access.ApiKey;
import vn.hotline.access.Scope;
import vn.hotline.report.Statistics;
import vn.hotline.report.StatsQuery;
import vn.hotline.report.StatsResult;
import vn.hotline.unit.Unit;

/**
 * {@code GET /api/v1/stats} (JSON), {@code stats.csv} and {@code stats.xlsx}: the figures of a unit
 * and everything below it over a period, split by unit, category, priority or day. Needs a key with
 * the {@code stats} scope that covers the unit.
 */
@Tag(name = "Stats", description = "The supervisors' figures; keys with the stats scope.")
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
@Requires(beans = Statistics.class)
@ExecuteOn(TaskExecutors.BLOCKING)
final class StatsController {
  private final Statistics statistics;
  private final ApiParameters parameters;

  StatsController(Statistics statistics, ApiParameters parameters) {
    this.statistics = statistics;
    this.parameters = parameters;
  }

  /**
   * The figures of a unit and everything below it over a period: the total and one row per unit,
   * category, priority or day. A figure with nothing to count is null.
   *
   * @param unit the unit's code; needed unless the key has exactly one unit
   * @param from the first day, YYYY-MM-DD (default today)
   * @param to the last day, YYYY-MM-DD (default today, at most 366 days after from)
   * @param by unit, category, priority or day (default unit)
   */
  @Operation(operationId = "stats")
  @ApiResponse(
      responseCode = "200",
      description = "unit, from, to, timeZone, by, total and rows",
      content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
  @Get("/stats")
  HttpResponse<String> json(
      @RequestAttribute(ApiKeyFilter.KEY) ApiKey key,
      @Nullable @QueryValue String unit,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String by) {
    StatsResult result = stats(key, unit, from, to, by);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("unit", Map.of("code", result.unitCode().value(), "name", result.unitName()));
    body.put("from", result.from().toString());
    body.put("to", result.to().toString());
    body.put("timeZone", result.zone().getId());
    body.put("by", result.by().name().toLowerCase(Locale.ROOT));
    body.put("total", StatsColumns.total(result.total()));
    body.put("rows", StatsColumns.rows(result).objects());
    return ApiJson.ok(body);
  }

  /**
   * The rows of /api/v1/stats, the total first, as CSV (UTF-8 with a byte order mark).
   *
   * @param unit the unit's code; needed unless the key has exactly one unit
   * @param from the first day, YYYY-MM-DD (default today)
   * @param to the last day, YYYY-MM-DD (default today, at most 366 days after from)
   * @param by unit, category, priority or day (default unit)
   */
  @Operation(operationId = "statsCsv")
  @ApiResponse(
      responseCode = "200",
      description = "a CSV download",
      content = @Content(mediaType = "text/csv"))
  @Get("/stats.csv")
  HttpResponse<byte[]> csv(
      @RequestAttribute(ApiKeyFilter.KEY) ApiKey key,
      @Nullable @QueryValue String unit,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String by) {
    StatsResult result = stats(key, unit, from, to, by);
    return Exports.csv(StatsColumns.export(result), fileName(result));
  }

  /**
   * The rows of /api/v1/stats, the total first, as an Excel workbook.
   *
   * @param unit the unit's code; needed unless the key has exactly one unit
   * @param from the first day, YYYY-MM-DD (default today)
   * @param to the last day, YYYY-MM-DD (default today, at most 366 days after from)
   * @param by unit, category, priority or day (default unit)
   */
  @Operation(operationId = "statsXlsx")
  @ApiResponse(
      responseCode = "200",
      description = "an XLSX download",
      content =
          @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
  @Get("/stats.xlsx")
  HttpResponse<byte[]> xlsx(
      @RequestAttribute(ApiKeyFilter.KEY) ApiKey key,
      @Nullable @QueryValue String unit,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String by) {
    StatsResult result = stats(key, unit, from, to, by);
    return Exports.xlsx(StatsColumns.export(result), "stats", fileName(result));
  }

  private StatsResult stats(ApiKey key, String unitCode, String from, String to, String by) {
    parameters.requireScope(key, Scope.STATS);
    Unit unit = parameters.unit(key, unitCode);
    ApiPeriod period = parameters.period(from, to);
    return statistics.stats(
        new StatsQuery(unit.code(), period.from(), period.to(), parameters.split(by)));
  }

  private static String fileName(StatsResult result) {
    return "stats-%s-%s-%s-by-%s"
        .formatted(
            result.unitCode(),
            result.from(),
            result.to(),
            result.by().name().toLowerCase(Locale.ROOT));
  }
}
