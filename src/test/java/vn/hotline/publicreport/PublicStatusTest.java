package vn.hotline.publicreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.hotline.category.Priority;
import vn.hotline.config.BotConfig;
import vn.hotline.messages.Messages;
import vn.hotline.roster.OfficerId;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Drafts;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Transition;
import vn.hotline.unit.UnitCode;

class PublicStatusTest {
  static final BotConfig CONFIG = BotConfig.load(Path.of("bot-config"));
  static final PublicStatus STATUS =
      new PublicStatus(CONFIG.messages(), CONFIG.units(), CONFIG.categories(), CONFIG.sla().zone());
  static final Instant AT = Instant.parse("2021-09-10T08:00:00Z");
  static final Actor LEADER = Actor.officer(new OfficerId(100002), "Lê Văn Cường");
  static final Actor OFFICER = Actor.officer(new OfficerId(100001), "Nguyễn Văn An");

  @Test
  void aRejectionsReasonIsShownAsTheCitizenIsToldItAndTheStateInPlainWords() {
    Ticket rejected = then(filed(), t -> t.reject(OFFICER, "Không thuộc địa bàn tỉnh", AT));

    StatusView view = STATUS.of(rejected, Messages.VIETNAMESE);

    assertThat(view.state()).isEqualTo("Không được tiếp nhận");
    assertThat(view.filedAt()).isEqualTo("15:00 10/09/2021");
    assertThat(view.events())
        .extracting(StatusView.Event::what, StatusView.Event::note)
        .containsExactly(
            tuple("Đã nhận phản ánh", ""),
            tuple("Không tiếp nhận. Lý do:", "Không thuộc địa bàn tỉnh"));
  }

  @Test
  void aChangeOfCategoryAndAHandingOnAreTheOfficersOwnAndLeftOut() {
    Ticket ticket = then(filed(), t -> t.assign(LEADER, OFFICER, AT));
    ticket = then(ticket, t -> t.recategorise("GATHERING", Priority.NORMAL, LEADER, AT));
    ticket = then(ticket, t -> t.assign(LEADER, LEADER, AT));

    StatusView view = STATUS.of(ticket, Messages.ENGLISH);

    assertThat(view.category()).isEqualTo("Gathering");
    assertThat(view.state()).isEqualTo("Taken up by an officer, in progress");
    assertThat(view.events())
        .extracting(StatusView.Event::what)
        .containsExactly("Report received", "Taken up by an officer");
    assertThat(view.toString()).doesNotContain("SPONTANEOUS_MARKET", LEADER.name(), "chợ");
  }

  @Test
  void aDuplicateNamesTheReportItRepeats() {
    Ticket original =
        Ticket.filed(Drafts.code("PN", 1), Drafts.draft("25267", Priority.NORMAL, AT, "x"));
    Ticket duplicate = then(filed(), t -> t.markDuplicateOf(original, OFFICER, AT));

    StatusView view = STATUS.of(duplicate, Messages.VIETNAMESE);

    assertThat(view.duplicateOf()).isEqualTo(original.code().toString());
    assertThat(view.state()).contains("Trùng với phản ánh " + original.code());
    assertThat(view.events().getLast().what()).isEqualTo("Trùng với phản ánh " + original.code());
  }

  @Test
  void aTransferNamesTheUnitItWentToAndNeverItsReason() {
    Ticket moved =
        then(
            filed(),
            t ->
                t.transfer(
                    new UnitCode("25207"), new UnitCode("25207"), OFFICER, "lý do nội bộ", AT));

    StatusView view = STATUS.of(moved, Messages.VIETNAMESE);

    assertThat(view.state()).isEqualTo("Đã chuyển đến Xã Tân Thành, đang chờ cán bộ tiếp nhận");
    assertThat(view.events().getLast().what()).isEqualTo("Chuyển đến Xã Tân Thành");
    assertThat(view.toString()).doesNotContain("lý do nội bộ");
  }

  static Ticket filed() {
    return Ticket.filed(
        Drafts.code("PN", 0), Drafts.draft("25267", Priority.NORMAL, AT, "chợ tự phát"));
  }

  static Ticket then(Ticket ticket, Function<Ticket, Transition> step) {
    return ((Transition.Applied) step.apply(ticket)).ticket();
  }
}
