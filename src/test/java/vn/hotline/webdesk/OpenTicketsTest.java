package vn.hotline.webdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hotline.webdesk.QueueFixtures.AN_ACTOR;
import static vn.hotline.webdesk.QueueFixtures.AP_4;
import static vn.hotline.webdesk.QueueFixtures.DA_KIA;
import static vn.hotline.webdesk.QueueFixtures.NOW;
import static vn.hotline.webdesk.QueueFixtures.PHU_NGHIA;
import static vn.hotline.webdesk.QueueFixtures.UNITS;
import static vn.hotline.webdesk.QueueFixtures.applied;
import static vn.hotline.webdesk.QueueFixtures.filed;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.hotline.category.Priority;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;

class OpenTicketsTest {

  @Test
  void aClosedTicketLeavesTheQueue() {
    OpenTickets open = new OpenTickets(UNITS);
    Ticket ticket = filed(1, "chợ tự phát");
    open.update(ticket);
    Ticket rejected = applied(ticket.reject(AN_ACTOR, "không đúng", NOW));

    open.update(rejected);

    assertThat(open.snapshot().ordered()).isEmpty();
  }

  @Test
  void anOlderCopyNeverReplacesANewerOne() {
    OpenTickets open = new OpenTickets(UNITS);
    Ticket filed = filed(1, "chợ tự phát");
    Ticket taken = applied(filed.acknowledge(AN_ACTOR, NOW));

    open.update(taken);
    open.update(filed);

    OpenTicket shown = open.snapshot().ordered().getFirst();
    assertThat(shown.state()).isEqualTo(TicketState.ACKNOWLEDGED);
    assertThat(shown.assigneeName()).isEqualTo("Nguyễn Văn An");
  }

  @Test
  void aLateOpenCopyOfAClosedTicketStaysOut() {
    OpenTickets open = new OpenTickets(UNITS);
    Ticket filed = filed(1, "chợ tự phát");

    open.update(applied(filed.reject(AN_ACTOR, "trùng", NOW)));
    open.update(filed);

    assertThat(open.snapshot().ordered()).isEmpty();
  }

  @Test
  void aTicketArrivesWhenFiledOrTransferredButNotWhenItChanges() {
    OpenTickets open = new OpenTickets(UNITS);
    Ticket filed = filed(DA_KIA, null, "GATHERING", Priority.NORMAL, 1, "đám cưới");
    open.update(filed);
    long filedAt = open.snapshot().ordered().getFirst().arrival();
    Ticket taken = applied(filed.acknowledge(AN_ACTOR, NOW));
    open.update(taken);
    long afterClaim = open.snapshot().ordered().getFirst().arrival();

    open.update(applied(taken.transfer(PHU_NGHIA, AP_4, AN_ACTOR, "nhầm xã", NOW)));

    OpenTicket moved = open.snapshot().ordered().getFirst();
    assertThat(afterClaim).isEqualTo(filedAt);
    assertThat(moved.arrival()).isGreaterThan(filedAt);
    assertThat(moved.villageCode()).isEqualTo(AP_4);
    assertThat(moved.communeCode()).isEqualTo(PHU_NGHIA);
  }

  @Test
  void aQueueLineKeepsNothingAboutWhoReported() {
    Ticket ticket = filed(1, "chợ tự phát");

    OpenTicket line = OpenTicket.of(ticket, UNITS, 1);

    assertThat(Arrays.stream(OpenTicket.class.getRecordComponents()).map(c -> c.getName()))
        .doesNotContain("reporter", "contact", "reported");
    assertThat(line.toString()).doesNotContain("6500000999");
  }

  @Test
  void theExcerptIsTheStartOfTheTextOnOneLine() {
    String text = "Dòng một\n\nDòng hai " + "rất dài ".repeat(50);

    OpenTicket line = OpenTicket.of(filed(1, text), UNITS, 1);

    assertThat(line.excerpt()).startsWith("Dòng một Dòng hai").endsWith("…");
    assertThat(line.excerpt().length()).isLessThanOrEqualTo(OpenTicket.EXCERPT);
  }
}
