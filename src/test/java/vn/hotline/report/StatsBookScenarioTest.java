package vn.hotline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hotline.category.Priority;
import vn.hotline.config.BotConfig;
import vn.hotline.ticket.Drafts;
import vn.hotline.ticket.HistoryEntry.Kind;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Transition;
import vn.hotline.unit.UnitCode;

class StatsBookScenarioTest {
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  static final LocalDate DAY = LocalDate.of(2021, 8, 2);
  static final Instant FILED = DAY.atTime(9, 0).atZone(ZONE).toInstant();
  static final Instant NOW = FILED.plus(Duration.ofDays(5));
  static final BotConfig CONFIG = BotConfig.load(Path.of("bot-config"));
  // Đak Ơ (25225) and Bù Gia Mập (25222) are communes of the district Bù Gia Mập (691).
  static final String COMMUNE = "25225";
  static final String OTHER_COMMUNE = "25216";
  static final String DISTRICT = "691";

  final StatsBook book =
      new StatsBook(CONFIG.units(), CONFIG.categories(), ZONE, Clock.fixed(NOW, ZONE));
  long sequence;

  Ticket filed(String unit, Instant at) {
    return Ticket.filed(
        Drafts.code("PN", sequence++), Drafts.draft(unit, Priority.NORMAL, at, "x"));
  }

  static Ticket then(Transition transition) {
    return ((Transition.Applied) transition).ticket();
  }

  Figures figures(String unit, LocalDate day) {
    return book.stats(new StatsQuery(new UnitCode(unit), day, day, Split.UNIT)).total();
  }

  @Test
  void countsTransferredTicketUnderItsNewUnit() {
    Ticket ticket = filed(COMMUNE, FILED);
    book.update(ticket);
    book.update(
        then(
            ticket.transfer(
                new UnitCode(OTHER_COMMUNE), null, TicketGenerator.OFFICER, "", FILED)));

    assertThat(figures(COMMUNE, DAY).received()).isZero();
    assertThat(figures(OTHER_COMMUNE, DAY).received()).isEqualTo(1);
  }

  @Test
  void chargesEscalationToTheUnitThatHeldTheTicket() {
    Ticket late =
        TicketGenerator.charged(
            filed(COMMUNE, FILED),
            Kind.ESCALATED,
            FILED.plusSeconds(14_400),
            new UnitCode(COMMUNE));
    Ticket moved =
        then(
            late.transfer(
                new UnitCode(OTHER_COMMUNE),
                null,
                TicketGenerator.OFFICER,
                "",
                FILED.plusSeconds(20_000)));
    book.update(moved);

    assertThat(figures(COMMUNE, DAY).escalated()).isEqualTo(1);
    assertThat(figures(COMMUNE, DAY).received()).isZero();
    assertThat(figures(OTHER_COMMUNE, DAY).escalated()).isZero();
    assertThat(figures(DISTRICT, DAY).escalated()).isEqualTo(1);
  }

  @Test
  void keepsTheLaterVersionWhenSavesArriveOutOfOrder() {
    Ticket filed = filed(COMMUNE, FILED);
    Ticket claimed = then(filed.acknowledge(TicketGenerator.OFFICER, FILED.plusSeconds(600)));
    book.update(claimed);
    book.update(filed);

    assertThat(figures(COMMUNE, DAY).acknowledged()).isEqualTo(1);
    // DDSketch keeps times within 1%.
    assertThat(figures(COMMUNE, DAY).ackMedianSeconds()).isCloseTo(600L, within(6L));
  }

  @Test
  void putsATicketOnTheLocalDateItWasFiledInTheSlaZone() {
    // 23:30 UTC on 1 August is 06:30 on 2 August in Vietnam.
    book.update(filed(COMMUNE, Instant.parse("2021-08-01T23:30:00Z")));

    assertThat(figures(COMMUNE, DAY).received()).isEqualTo(1);
    assertThat(figures(COMMUNE, DAY.minusDays(1)).received()).isZero();
  }

  @Test
  void countsANeverClaimedTicketPastItsDueTimeAsOverdueAndLate() {
    book.update(filed(COMMUNE, FILED));

    Figures figures = figures(COMMUNE, DAY);
    assertThat(figures.openNow()).isEqualTo(1);
    assertThat(figures.overdueNow()).isEqualTo(1);
    assertThat(figures.ackWithinSlaPct()).isEqualTo(0.0);
    assertThat(figures.ackMedianSeconds()).isNull();
  }

  @Test
  void countsEveryNotSolvedButTheTicketOnceAsReopened() {
    Ticket t =
        then(filed(COMMUNE, FILED).acknowledge(TicketGenerator.OFFICER, FILED.plusSeconds(60)));
    for (int round = 1; round <= 2; round++) {
      t = then(t.resolve(TicketGenerator.OFFICER, "xong", null, FILED.plusSeconds(3_600L * round)));
      t =
          then(
              t.reopen("chưa", FILED.plusSeconds(3_600L * round + 60), FILED.plusSeconds(86_400L)));
    }
    book.update(t);

    Figures figures = figures(COMMUNE, DAY);
    assertThat(figures.reopened()).isEqualTo(1);
    assertThat(figures.notSolved()).isEqualTo(2);
    assertThat(figures.resolveMedianSeconds()).isCloseTo(3_600L, within(36L));
  }

  @Test
  void showsTheUnitsOwnQueueOnlyWhenTicketsSitInIt() {
    book.update(filed(COMMUNE, FILED));
    List<String> before = keys(DISTRICT);
    book.update(filed(DISTRICT, FILED));

    assertThat(before).doesNotContain(DISTRICT).contains(COMMUNE);
    assertThat(keys(DISTRICT).getFirst()).isEqualTo(DISTRICT);
    assertThat(keys(OTHER_COMMUNE)).containsExactly(OTHER_COMMUNE);
  }

  @Test
  void listsEveryCategoryPriorityAndDayEvenWithoutTickets() {
    StatsQuery byCategory =
        new StatsQuery(new UnitCode(DISTRICT), DAY, DAY.plusDays(6), Split.CATEGORY);
    StatsQuery byPriority =
        new StatsQuery(new UnitCode(DISTRICT), DAY, DAY.plusDays(6), Split.PRIORITY);
    StatsQuery byDay = new StatsQuery(new UnitCode(DISTRICT), DAY, DAY.plusDays(6), Split.DAY);

    assertThat(book.stats(byCategory).rows())
        .extracting(StatsResult.Row::key)
        .containsExactlyElementsOf(CONFIG.categories().codes());
    assertThat(book.stats(byPriority).rows())
        .extracting(StatsResult.Row::key)
        .containsExactly("URGENT", "HIGH", "NORMAL");
    assertThat(book.stats(byDay).rows())
        .hasSize(7)
        .first()
        .extracting(StatsResult.Row::key)
        .isEqualTo("2021-08-02");
  }

  @Test
  void definesEveryFigureOnceInTheOrderOfItsFields() {
    assertThat(FigureDefinitions.all())
        .extracting(FigureDefinitions.Definition::field)
        .containsExactlyElementsOf(
            Arrays.stream(Figures.class.getRecordComponents()).map(c -> c.getName()).toList());
  }

  List<String> keys(String unit) {
    return book.stats(new StatsQuery(new UnitCode(unit), DAY, DAY, Split.UNIT)).rows().stream()
        .map(StatsResult.Row::key)
        .toList();
  }
}
