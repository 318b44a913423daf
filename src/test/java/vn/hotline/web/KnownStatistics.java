package vn.hotline.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import vn.hotline.report.Figures;
import vn.hotline.report.Statistics;
import vn.hotline.report.StatsQuery;
import vn.hotline.report.StatsResult;
import vn.hotline.unit.UnitTree;

/**
 * Statistics with known figures, so that the API tests check the HTTP layer alone; it remembers the
 * last question asked.
 */
@Singleton
@Replaces(Statistics.class)
@Requires(env = KnownStatistics.ENV)
final class KnownStatistics implements Statistics {
  static final String ENV = "known-statistics";

  static final Figures TOTAL =
      new Figures(
          40, 30, 20, 10, 2, 3, 8, 1, 25, 83.3, 15, 75.0, 600L, 1800L, 86_400L, 172_800L, 2, 1, 9,
          1);
  static final Figures FIRST =
      new Figures(
          40, 30, 20, 10, 2, 3, 8, 1, 25, 83.3, 15, 75.0, 600L, 1800L, 86_400L, 172_800L, 2, 1, 9,
          1);
  static final Figures EMPTY =
      new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, null, 0, null, null, null, null, null, 0, 0, 0, 0);

  final AtomicReference<StatsQuery> lastQuery = new AtomicReference<>();
  private final UnitTree units;

  KnownStatistics(UnitTree units) {
    this.units = units;
  }

  @Override
  public StatsResult stats(StatsQuery query) {
    lastQuery.set(query);
    var unit = units.get(query.unitCode());
    var children = units.children(unit.code());
    List<StatsResult.Row> rows =
        List.of(
            new StatsResult.Row(children.get(0).code().value(), children.get(0).fullName(), FIRST),
            new StatsResult.Row(children.get(1).code().value(), children.get(1).fullName(), EMPTY));
    return new StatsResult(
        unit.code(),
        unit.fullName(),
        query.from(),
        query.to(),
        ZoneId.of("Asia/Ho_Chi_Minh"),
        query.by(),
        TOTAL,
        rows);
  }
}
