package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.TempDirs;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.Tickets;

/**
 * The SLA clock end to end, through the real TelegramBots client and the fake Bot API, with limits
 * of seconds: an urgent report nobody acknowledges is marked overdue in its commune's group, then
 * escalated to the district's group at twice the limit and to the province's at four times, each
 * once; acknowledging a ticket stops its ladder.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaEscalationIT implements TestPropertyProvider {
  static final Duration WAIT = Duration.ofSeconds(40);
  static final long PHU_NGHIA_GROUP = -1000025267L;
  static final long BU_GIA_MAP_GROUP = -1000000691L;
  static final long PROVINCE_GROUP = -1000000070L;
  static final long LEADER = 100002L;
  static final long OFFICER = 100005L;

  final FakeBotApi telegram = FakeBotApi.start();

  @Inject Tickets tickets;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(telegram.properties());
    properties.put("hotline.data-dir", TempDirs.create("sla").toString());
    properties.put("hotline.bot-config-dir", configWithShortLimits().toString());
    properties.put("hotline.outbox.per-chat", "100");
    properties.put("hotline.outbox.per-group", "1000");
    properties.put("hotline.outbox.global", "1000");
    properties.put("hotline.sla.tick", "200ms");
    return properties;
  }

  @AfterAll
  void stopTelegram() {
    telegram.close();
  }

  @Test
  void anUnacknowledgedUrgentReportClimbsTheTreeOnceAtEachStepAndAcknowledgingStopsTheLadder() {
    Ticket ignored = report(6_300_000_001L, "Ba tôi khó thở, SpO2 85, ở xã Phú Nghĩa, cứu với");
    Ticket answered = report(6_300_000_002L, "Mẹ tôi khó thở tím tái ở xã Phú Nghĩa, cần oxy");
    String code = ignored.code().toString();

    awaitMessageIn(PHU_NGHIA_GROUP, code, "quá hạn");
    awaitMessageIn(LEADER, code, "quá hạn");
    telegram.pushUpdate(Updates.text(OFFICER, "/ack " + answered.code()));
    awaitState(answered.code().toString(), TicketState.ACKNOWLEDGED);

    BotApiCall district = awaitMessageIn(BU_GIA_MAP_GROUP, code, "Chuyển cấp 1");
    assertThat(district.callbackData())
        .contains("d:ea:" + ignored.code().compact(), "d:to:" + ignored.code().compact());
    awaitMessageIn(PROVINCE_GROUP, code, "Chuyển cấp 2");

    Ticket after = tickets.find(code).orElseThrow();
    assertThat(after.history())
        .extracting(HistoryEntry::kind)
        .containsSubsequence(
            HistoryEntry.Kind.FILED,
            HistoryEntry.Kind.OVERDUE,
            HistoryEntry.Kind.ESCALATED,
            HistoryEntry.Kind.ESCALATED);
    assertThat(after.history().stream().filter(e -> e.kind() == HistoryEntry.Kind.ESCALATED))
        .extracting(HistoryEntry::note)
        .containsExactly("691", "70");
    assertThat(countIn(BU_GIA_MAP_GROUP, code, "Chuyển cấp")).isEqualTo(1);
    assertThat(countIn(PROVINCE_GROUP, code, "Chuyển cấp")).isEqualTo(1);
    assertThat(countIn(PHU_NGHIA_GROUP, code, "quá hạn")).isEqualTo(1);

    Ticket acknowledged = tickets.find(answered.code().toString()).orElseThrow();
    assertThat(acknowledged.history())
        .extracting(HistoryEntry::kind)
        .doesNotContain(HistoryEntry.Kind.ESCALATED);
    assertThat(countIn(BU_GIA_MAP_GROUP, answered.code().toString(), "Chuyển cấp")).isZero();
  }

  Ticket report(long citizen, String text) {
    telegram.pushUpdate(Updates.text(citizen, text));
    return Eventually.awaitValue(
        "a ticket for " + citizen,
        WAIT,
        () -> {
          var mine = tickets.reportedBy(Channel.TELEGRAM, String.valueOf(citizen), 5);
          return mine.isEmpty() ? null : mine.getFirst();
        });
  }

  BotApiCall awaitMessageIn(long chat, String code, String fragment) {
    return Eventually.awaitValue(
        fragment + " about " + code + " in " + chat,
        WAIT,
        () ->
            telegram.sentTo(chat).stream()
                .filter(c -> text(c).contains(code) && text(c).contains(fragment))
                .findFirst()
                .orElse(null));
  }

  long countIn(long chat, String code, String fragment) {
    List<BotApiCall> sent = telegram.sentTo(chat);
    return sent.stream()
        .filter(c -> c.method().equalsIgnoreCase("sendMessage"))
        .filter(c -> text(c).contains(code) && text(c).contains(fragment))
        .count();
  }

  void awaitState(String code, TicketState state) {
    Eventually.await(
        code + " to be " + state,
        WAIT,
        () -> tickets.find(code).map(t -> t.state() == state).orElse(false));
  }

  private static String text(BotApiCall call) {
    return call.text() == null ? "" : call.text();
  }

  // URGENT: acknowledge within 3 s, so the ladder's steps fall at 3, 6 and 12 s.
  static Path configWithShortLimits() {
    try {
      Path copy = Files.createTempDirectory("sla-config");
      try (Stream<Path> files = Files.list(Path.of("bot-config"))) {
        for (Path file : files.toList()) {
          Files.copy(file, copy.resolve(file.getFileName()));
        }
      }
      String sla = Files.readString(copy.resolve("sla.yml"));
      Files.writeString(
          copy.resolve("sla.yml"),
          sla.replace(
              "URGENT: {acknowledge: 5m, resolve: 60m}",
              "URGENT: {acknowledge: 3s, resolve: 60m}"));
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
