package vn.hotline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.hotline.config.BotConfig;
import vn.hotline.unit.UnitCode;

/**
 * How fast the book answers with a million tickets over 90 days across the shipped province's 111
 * communes: a province over 30 days by unit, and a district. Run with {@code ./mvnw -B -o
 * -Pbenchmark test -Dtest=StatsBenchmark}.
 */
@Tag("benchmark")
class StatsBenchmark {
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  static final LocalDate FIRST_DAY = LocalDate.of(2021, 6, 1);
  static final int DAYS = 90;
  static final int TICKETS = 1_000_000;
  static final int WARM_UP = 100;
  static final int RUNS = 200;

  @Test
  void answersAProvinceIn200msAndADistrictIn50msAtP99() {
    BotConfig config = BotConfig.load(Path.of("bot-config"));
    Instant start = FIRST_DAY.atStartOfDay(ZONE).toInstant();
    Instant now = start.plusSeconds(DAYS * 86_400L);
    long heapBefore = usedHeap();
    StatsBook book =
        new StatsBook(config.units(), config.categories(), ZONE, Clock.fixed(now, ZONE));
    long loading = System.nanoTime();
    new TicketGenerator(7, config, start, DAYS, now).each(TICKETS, book::update);
    loading = System.nanoTime() - loading;
    long bookBytes = usedHeap() - heapBefore;

    LocalDate to = FIRST_DAY.plusDays(DAYS - 1);
    StatsQuery province = new StatsQuery(new UnitCode("70"), to.minusDays(29), to, Split.UNIT);
    StatsQuery district = new StatsQuery(new UnitCode("691"), to.minusDays(29), to, Split.UNIT);
    assertThat(book.stats(province).total().received()).isGreaterThan(TICKETS / 4);
    long[] provinceNanos = measure(book, province);
    long[] districtNanos = measure(book, district);

    System.out.printf(
        "StatsBenchmark: %,d tickets fed in %,d ms, book ~%,d MB of heap%n"
            + "  province 30 days by unit: p50 %.1f ms, p99 %.1f ms%n"
            + "  district 30 days by unit: p50 %.1f ms, p99 %.1f ms%n",
        TICKETS,
        loading / 1_000_000,
        bookBytes >> 20,
        millis(provinceNanos, 0.5),
        millis(provinceNanos, 0.99),
        millis(districtNanos, 0.5),
        millis(districtNanos, 0.99));
    assertThat(millis(provinceNanos, 0.99)).isLessThan(200);
    assertThat(millis(districtNanos, 0.99)).isLessThan(50);
    assertThat(bookBytes >> 20).isLessThan(200);
  }

  private static long[] measure(StatsBook book, StatsQuery query) {
    for (int i = 0; i < WARM_UP; i++) {
      book.stats(query);
    }
    long[] nanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long began = System.nanoTime();
      book.stats(query);
      nanos[i] = System.nanoTime() - began;
    }
    Arrays.sort(nanos);
    return nanos;
  }

  private static double millis(long[] sortedNanos, double quantile) {
    return sortedNanos[(int) Math.ceil(quantile * sortedNanos.length) - 1] / 1e6;
  }

  /** Heap in use after a full collection; System.gc is a request, good enough for an estimate. */
  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
