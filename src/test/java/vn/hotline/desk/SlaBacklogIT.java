package vn.hotline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.category.Priority;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.sla.DueTimes;
import vn.hotline.sla.SlaClock;
import vn.hotline.sla.SlaLadder;
import vn.hotline.testing.SettableClock;
import vn.hotline.ticket.Drafts;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.Ticket;

/**
 * The SLA clock with the desk's alerts and a clock the test moves: steps that fell due while the
 * service was down are all taken at start-up and told as one summary per group; a step that falls
 * due while it runs is alerted on its own, once; a second clock on the same store takes nothing
 * twice.
 */
class SlaBacklogIT {
  static final long PHU_NGHIA = -1000025267L;
  static final long BU_GIA_MAP = -1000000691L;
  static final long PROVINCE = -1000000070L;
  static final Instant NOW = Instant.parse("2021-09-10T03:00:00Z");

  @TempDir Path dataDir;
  final SettableClock clock = new SettableClock(NOW);
  final SlaLadder ladder = new SlaLadder(DeskFixture.CONFIG.sla(), DeskFixture.CONFIG.units());
  DeskFixture desk;

  @BeforeEach
  void open() {
    desk = new DeskFixture(dataDir, clock);
  }

  @AfterEach
  void close() {
    desk.close();
  }

  @Test
  void stepsMissedWhileDownAreTakenAtStartUpAndToldAsOneSummaryPerGroup() {
    List<Ticket> missed =
        Stream.of(1, 2, 3)
            .map(
                i ->
                    desk.tickets.file(
                        Drafts.draft("25267", Priority.URGENT, NOW.minusSeconds(3600), "Khó thở")))
            .toList();
    SlaClock slaClock = clockOverStoredTickets();

    assertThat(slaClock.tick()).as("overdue, district, province for each").isEqualTo(9);
    assertThat(slaClock.tick()).isZero();

    List<OutboundMessage> summaries =
        desk.outbox.messages().stream().filter(m -> m.id().startsWith("sla-backlog:")).toList();
    assertThat(summaries)
        .extracting(OutboundMessage::chatId)
        .containsExactlyInAnyOrder(PHU_NGHIA, BU_GIA_MAP, PROVINCE);
    for (OutboundMessage summary : summaries) {
      assertThat(summary.text()).contains(missed.stream().map(t -> t.code().toString()).toList());
    }
    assertThat(desk.outbox.messages()).noneMatch(m -> m.id().startsWith("sla:"));
  }

  @Test
  void aStepThatFallsDueWhileRunningIsAlertedOnceAndTwoClocksTakeItOnce() {
    SlaClock first = clockOverStoredTickets();
    SlaClock second = clockOverStoredTickets();
    Ticket ticket = desk.tickets.file(Drafts.draft("25267", Priority.URGENT, NOW, "Khó thở"));
    first.dueTimes().track(ticket);
    second.dueTimes().track(ticket);

    clock.advance(Duration.ofMinutes(4));
    assertThat(first.tick() + second.tick()).as("not due before five minutes").isZero();
    clock.advance(Duration.ofMinutes(1));
    assertThat(first.tick() + second.tick()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(5));
    assertThat(second.tick() + first.tick()).isEqualTo(1);

    Ticket stored = desk.tickets.find(ticket.code().toString()).orElseThrow();
    assertThat(stored.history())
        .extracting(HistoryEntry::kind)
        .containsExactly(
            HistoryEntry.Kind.FILED, HistoryEntry.Kind.OVERDUE, HistoryEntry.Kind.ESCALATED);
    assertThat(alertsTo(PHU_NGHIA, ticket)).hasSize(1);
    assertThat(alertsTo(BU_GIA_MAP, ticket)).hasSize(1);
    assertThat(desk.outbox.messages()).noneMatch(m -> m.id().startsWith("sla-backlog:"));
  }

  private SlaClock clockOverStoredTickets() {
    DueTimes due = new DueTimes(ladder);
    desk.tickets.each(due::track);
    return new SlaClock(ladder, due, desk.changes, desk.desk.slaAlerts(), clock);
  }

  private List<OutboundMessage> alertsTo(long chat, Ticket ticket) {
    return desk.outbox.messages().stream()
        .filter(m -> m.chatId() == chat && m.id().startsWith("sla:"))
        .filter(m -> m.text().contains(ticket.code().toString()))
        .toList();
  }
}
