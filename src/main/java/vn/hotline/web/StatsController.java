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
