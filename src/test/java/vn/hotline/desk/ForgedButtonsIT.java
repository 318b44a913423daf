package vn.hotline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.category.Priority;
import vn.hotline.intake.Inbound;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.testing.SettableClock;
import vn.hotline.ticket.Drafts;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;

/**
 * Button data comes from the person's client and can be forged: the desk reads it into a request
 * before anything acts on it, and answers every press, a forged one with a plain answer that tells
 * nothing.
 */
class ForgedButtonsIT {
  static final long PHU_NGHIA = -1000025267L;
  static final long LEADER = 100002L;
  static final long OUTSIDER = 555_000_001L;
  static final Instant NOW = Instant.parse("2021-09-10T03:00:00Z");

  @TempDir Path dataDir;

  @Test
  void forgedPressesFromAnOfficerAndAStrangerAreAnsweredOnceAndChangeNothing() {
    try (DeskFixture desk = new DeskFixture(dataDir, new SettableClock(NOW))) {
      Ticket ticket =
          desk.tickets.file(Drafts.draft("25267", Priority.NORMAL, NOW, "Chợ tự phát đông người"));
      String code = ticket.code().compact();
      List<String> forged =
          List.of(
              "d:q:2147483647",
              "d:rr:" + code + ":zzz",
              "d:rr:" + code + ":9",
              "d:::::",
              "d:as:" + code + ":99999999999999999999",
              "d:a:" + code + ":<b>");
      int before = desk.outbox.messages().size();
      long update = 1;
      for (long presser : List.of(LEADER, OUTSIDER)) {
        for (String data : forged) {
          var press =
              new Inbound.ButtonPress(
                  update,
                  new Inbound.Sender(PHU_NGHIA, presser, "vi", false, "Cường"),
                  "query-" + update,
                  data,
                  77);
          update++;
          assertThat(desk.desk.takes(press)).as(data).isTrue();
          desk.desk.handle(press);
        }
      }

      List<OutboundMessage> replies =
          desk.outbox.messages().subList(before, desk.outbox.messages().size());
      assertThat(replies).hasSize(2 * forged.size());
      assertThat(replies)
          .allSatisfy(
              m -> {
                assertThat(m.kind()).isEqualTo(OutboundMessage.Kind.ANSWER_CALLBACK);
                assertThat(m.text()).isEmpty();
              });
      assertThat(replies)
          .extracting(OutboundMessage::target)
          .doesNotHaveDuplicates()
          .allMatch(target -> target.startsWith("query-"));
      Ticket stored = desk.tickets.find(ticket.code().toString()).orElseThrow();
      assertThat(stored.state()).isEqualTo(TicketState.NEW);
      assertThat(stored.history()).hasSize(ticket.history().size());
    }
  }
}
