package vn.hotline.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hotline.category.Priority;
import vn.hotline.config.BotConfig;
import vn.hotline.report.Split;
import vn.hotline.report.StatsBook;
import vn.hotline.report.StatsQuery;
import vn.hotline.ticket.Drafts;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketCode;
import vn.hotline.ticket.Tickets;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;

class DashboardServiceTest {
  static final BotConfig CONFIG = BotConfig.load(Path.of("bot-config"));
  static final ZoneId ZONE = CONFIG.sla().zone();
  static final Instant NOW = Instant.parse("2026-12-03T05:00:00Z");
  static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZONE);
  // Above a commune the dashboard must not touch the store: every figure is in the read model.
  static final Tickets NO_STORE =
      (Tickets)
          Proxy.newProxyInstance(
              Tickets.class.getClassLoader(),
              new Class<?>[] {Tickets.class},
              (proxy, method, args) -> {
                throw new AssertionError("the dashboard read the store: " + method.getName());
              });

  final StatsBook book =
      new StatsBook(CONFIG.units(), CONFIG.categories(), ZONE, Clock.fixed(NOW, ZONE));
  final DashboardService service =
      new DashboardService(
          book, CONFIG.units(), NO_STORE, ZONE, Clock.fixed(NOW, ZONE), Runnable::run);
  int filed;

  @Test
  void aProvinceDashboardRanksTheCommunesOfEveryDistrictFromTheStatisticsAlone() {
    file("25267", NOW.minus(Duration.ofHours(1)));
    file("25267", NOW.minus(Duration.ofDays(2)));
    file("25216", NOW.minus(Duration.ofDays(3)));
    Unit province = CONFIG.units().root();
    Dashboard dashboard =
        service.build(
            province, List.of(province), Period.lastWeek(TODAY), MapFigure.ACK_WITHIN_SLA_PCT);

    assertThat(dashboard.receivedToday()).isEqualTo(1);
    assertThat(dashboard.total().received()).isEqualTo(3);
    assertThat(dashboard.league()).hasSizeGreaterThan(100);
    assertThat(dashboard.league().stream().map(r -> r.row().key()))
        .contains("25267", "25216")
        .doesNotContain("691", "70");
    Dashboard.Ranked phuNghia =
        dashboard.league().stream()
            .filter(r -> r.row().key().equals("25267"))
            .findFirst()
            .orElseThrow();
    assertThat(phuNghia.parentName()).isEqualTo("Huyện Bù Gia Mập");
    assertThat(dashboard.league()).extracting(Dashboard.Ranked::rank).startsWith(1, 2, 3);
    assertThat(dashboard.tickets()).isEmpty();
  }

  @Test
  void theChartsCountEachDayOfThePeriodByCategoryAsTheCategorySplitDoes() {
    file("25267", NOW.minus(Duration.ofDays(2)));
    file("25267", NOW.minus(Duration.ofDays(2)));
    Unit district = CONFIG.units().get(new UnitCode("691"));
    Dashboard dashboard =
        service.build(district, List.of(district), Period.lastWeek(TODAY), MapFigure.RECEIVED);

    assertThat(dashboard.perDayByCategory()).hasSize(7);
    assertThat(dashboard.perDayByCategory().get(TODAY.minusDays(2)))
        .containsEntry("SPONTANEOUS_MARKET", 2L);
    assertThat(dashboard.byDay().rows()).hasSize(7);
    for (LocalDate day = TODAY.minusDays(6); !day.isAfter(TODAY); day = day.plusDays(1)) {
      var byCategory = book.stats(new StatsQuery(district.code(), day, day, Split.CATEGORY));
      for (var row : byCategory.rows()) {
        assertThat(dashboard.perDayByCategory().get(day))
            .containsEntry(row.key(), row.figures().received());
      }
    }
    assertThat(dashboard.league()).extracting(r -> r.row().key()).contains("25267");
    assertThat(dashboard.league())
        .allSatisfy(r -> assertThat(r.parentName()).isEqualTo("Huyện Bù Gia Mập"));
  }

  private void file(String unit, Instant at) {
    Ticket ticket =
        Ticket.filed(
            TicketCode.parse("PN-" + "ABCDEFGHJK".charAt(filed++) + "234"),
            Drafts.draft(unit, Priority.NORMAL, at, "chợ tự phát"));
    book.update(ticket);
  }
}
