package vn.hotline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hotline.config.BotConfig;
import vn.hotline.ticket.Ticket;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * The book against a brute-force count over 20,000 generated tickets: every count equal, every
 * percentile within DDSketch's 1% (plus one second for rounding both sides to whole seconds).
 */
@Tag("slow")
class StatsBookTest {
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  static final LocalDate FIRST_DAY = LocalDate.of(2021, 7, 1);
  static final Instant START = FIRST_DAY.atStartOfDay(ZONE).toInstant();
  static final Instant NOW = START.plusSeconds(40L * 86_400 + 6 * 3_600);

  static BotConfig config;
  static List<Ticket> tickets;
  static StatsBook book;

  @BeforeAll
  static void fillTheBook() {
    config = BotConfig.load(Path.of("bot-config"));
    tickets = new TicketGenerator(20_21, config, START, 40, NOW).tickets(20_000);
    book = new StatsBook(config.units(), config.categories(), ZONE, Clock.fixed(NOW, ZONE));
    tickets.forEach(book::update);
  }

  static Stream<Arguments> questions() {
    List<Arguments> questions = new ArrayList<>();
    LocalDate oneDay = FIRST_DAY.plusDays(17);
    for (String code : List.of("70", "691", "25225", "25216")) {
      UnitCode unit = new UnitCode(code);
      for (Split by : Split.values()) {
        questions.add(Arguments.of(new StatsQuery(unit, oneDay, oneDay, by)));
        questions.add(
            Arguments.of(new StatsQuery(unit, FIRST_DAY.plusDays(5), FIRST_DAY.plusDays(34), by)));
      }
    }
    return questions.stream();
  }

  @ParameterizedTest
  @MethodSource("questions")
  void agreesWithABruteForceCountOfTheSameTickets(StatsQuery query) {
    StatsResult result = book.stats(query);

    Expected expected = expected(query);
    assertThat(result.total().received()).isPositive();
    assertSame("total", result.total(), expected.total);
    Map<String, Figures> rows = new LinkedHashMap<>();
    result.rows().forEach(row -> rows.put(row.key(), row.figures()));
    assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(expected.rows.keySet());
    expected.rows.forEach((key, figures) -> assertSame(key, rows.get(key), figures));
  }

  @Test
  void generatedTicketsGiveEveryFigureSomethingToCount() {
    Figures province =
        book.stats(
                new StatsQuery(new UnitCode("70"), FIRST_DAY, FIRST_DAY.plusDays(39), Split.UNIT))
            .total();

    assertThat(province.received()).isEqualTo(tickets.size());
    assertThat(
            List.of(
                province.acknowledged(),
                province.resolved(),
                province.closed(),
                province.rejected(),
                province.duplicates(),
                province.openNow(),
                province.overdueNow(),
                province.ackWithinSla(),
                province.resolvedWithinSla(),
                province.escalated(),
                province.reopened(),
                province.confirmed(),
                province.notSolved()))
        .allMatch(count -> count > 0);
    assertThat(province.ackWithinSla()).isLessThan(province.acknowledged());
    assertThat(province.notSolved()).isGreaterThan(province.reopened());
  }

  record Expected(Figures total, Map<String, Figures> rows) {}

  /** The same question answered the slow way, from the tickets themselves. */
  static Expected expected(StatsQuery query) {
    UnitTree tree = config.units();
    Unit asked = tree.get(query.unitCode());
    List<Ticket> period =
        tickets.stream()
            .filter(t -> !LocalDate.ofInstant(t.deadlines().filedAt(), ZONE).isBefore(query.from()))
            .filter(t -> !LocalDate.ofInstant(t.deadlines().filedAt(), ZONE).isAfter(query.to()))
            .toList();
    Map<String, Figures> rows = new LinkedHashMap<>();
    switch (query.by()) {
      case UNIT -> {
        List<Unit> children = tree.children(asked.code());
        long own = count(period, asked, true);
        if (children.isEmpty() || own > 0) {
          rows.put(asked.code().value(), figures(period, asked, true));
        }
        children.forEach(c -> rows.put(c.code().value(), figures(period, c, false)));
      }
      case CATEGORY ->
          config
              .categories()
              .codes()
              .forEach(
                  c ->
                      rows.put(
                          c,
                          figures(
                              period.stream()
                                  .filter(t -> t.reported().category().equals(c))
                                  .toList(),
                              asked,
                              false)));
      case PRIORITY ->
          Stream.of(vn.hotline.category.Priority.values())
              .forEach(
                  p ->
                      rows.put(
                          p.name(),
                          figures(
                              period.stream().filter(t -> t.reported().priority() == p).toList(),
                              asked,
                              false)));
      case DAY -> {
        for (LocalDate d = query.from(); !d.isAfter(query.to()); d = d.plusDays(1)) {
          LocalDate day = d;
          List<Ticket> ofDay =
              period.stream()
                  .filter(t -> LocalDate.ofInstant(t.deadlines().filedAt(), ZONE).equals(day))
                  .toList();
          rows.put(day.toString(), figures(ofDay, asked, false));
        }
      }
    }
    return new Expected(figures(period, asked, false), rows);
  }

  /** The figures of the tickets in {@code unit}'s queue ({@code own}) or anywhere below it. */
  static Figures figures(List<Ticket> tickets, Unit unit, boolean own) {
    List<Ticket> inQueue =
        tickets.stream().filter(t -> sitsIn(t.whereabouts().unitCode(), unit, own)).toList();
    long escalated =
        tickets.stream()
            .filter(
                t ->
                    ReferenceFigures.firstEscalation(t)
                        .filter(u -> sitsIn(u, unit, own))
                        .isPresent())
            .count();
    return ReferenceFigures.of(inQueue, escalated, NOW);
  }

  static long count(List<Ticket> tickets, Unit unit, boolean own) {
    Figures figures = figures(tickets, unit, own);
    return figures.received() + figures.escalated();
  }

  static boolean sitsIn(UnitCode code, Unit unit, boolean own) {
    UnitTree tree = config.units();
    return own
        ? code.equals(unit.code())
        : tree.find(code).map(u -> tree.isWithin(u, unit)).orElse(false);
  }

  static void assertSame(String row, Figures actual, Figures expected) {
    assertThat(actual).as(row).isNotNull();
    for (RecordComponent field : Figures.class.getRecordComponents()) {
      Object got = read(field, actual);
      Object want = read(field, expected);
      String what = row + "." + field.getName();
      if (want == null || got == null) {
        assertThat(got).as(what).isEqualTo(want);
      } else if (field.getName().endsWith("Seconds")) {
        long exact = (Long) want;
        assertThat((Long) got)
            .as(what)
            .isCloseTo(exact, within(Math.round(Math.ceil(exact * 0.01)) + 1));
      } else if (want instanceof Double pct) {
        assertThat((Double) got).as(what).isCloseTo(pct, within(1e-9));
      } else {
        assertThat(got).as(what).isEqualTo(want);
      }
    }
  }

  private static Object read(RecordComponent field, Figures figures) {
    try {
      return field.getAccessor().invoke(figures);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
