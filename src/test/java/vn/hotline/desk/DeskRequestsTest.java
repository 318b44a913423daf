package vn.hotline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hotline.category.Priority;
import vn.hotline.config.BotConfig;
import vn.hotline.notify.Button;
import vn.hotline.notify.Keyboard;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Deadlines;
import vn.hotline.ticket.NewTicket;
import vn.hotline.ticket.Reported;
import vn.hotline.ticket.Reporter;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketCode;
import vn.hotline.ticket.Whereabouts;
import vn.hotline.unit.UnitCode;

class DeskRequestsTest {
  static final BotConfig CONFIG = BotConfig.load(Path.of("bot-config"));

  @Test
  void commandsReadTheirCodeAndTheRestOfTheLine() {
    assertThat(DeskRequests.command("ack", "pn-4k7q", ""))
        .contains(new DeskRequest.Acknowledge("pn-4k7q"));
    assertThat(DeskRequests.command("resolve", "PN-4K7Q  Đã giải tán chợ", "AgAD"))
        .contains(
            new DeskRequest.Note("PN-4K7Q", Prompt.Action.RESOLVE, "Đã giải tán chợ", "AgAD"));
    assertThat(DeskRequests.command("transfer", "PN-4K7Q xã Lộc Hưng", ""))
        .contains(new DeskRequest.Transfer("PN-4K7Q", "xã Lộc Hưng"));
    assertThat(DeskRequests.command("find", "  chợ cá ", ""))
        .contains(new DeskRequest.Find("chợ cá"));
  }

  @Test
  void everyCommandTheDeskAnswersIsReadAsADeskRequest() {
    for (String command : DeskRequests.COMMANDS) {
      assertThat(DeskRequests.command(command, "PN-4K7Q note", "")).as(command).isPresent();
    }
  }

  @Test
  void aCommandWithoutWhatItNeedsIsAnsweredWithItsUsageAndANoteIsAskedFor() {
    assertThat(DeskRequests.command("ack", "", "")).contains(new DeskRequest.Usage("ack"));
    assertThat(DeskRequests.command("reject", "PN-4K7Q", ""))
        .contains(new DeskRequest.Usage("reject"));
    assertThat(DeskRequests.command("update", "PN-4K7Q", ""))
        .contains(new DeskRequest.AskNote("PN-4K7Q", Prompt.Action.UPDATE));
    assertThat(DeskRequests.command("status", "PN-4K7Q", "")).isEmpty();
  }

  @Test
  void buttonDataIsReadBackAndAnythingElseIsNotADeskButton() {
    assertThat(DeskRequests.button("d:a:PN4K7Q")).contains(new DeskRequest.Acknowledge("PN4K7Q"));
    assertThat(DeskRequests.button("d:tt:PN4K7Q:25201"))
        .contains(new DeskRequest.Transfer("PN4K7Q", "25201"));
    assertThat(DeskRequests.button("d:rr:PN4K7Q:2"))
        .contains(new DeskRequest.Reject("PN4K7Q", new DeskRequest.Reason.Listed(2)));
    assertThat(DeskRequests.button("d:t:PN4K7Q"))
        .contains(new DeskRequest.Menu("PN4K7Q", DeskRequest.Menu.Kind.TRANSFER, ""));
    assertThat(DeskRequests.button("d:t:PN4K7Q:691"))
        .contains(new DeskRequest.Menu("PN4K7Q", DeskRequest.Menu.Kind.TRANSFER, "691"));
    assertThat(DeskRequests.button("d:q:3")).contains(new DeskRequest.Queue(3));
    assertThat(DeskRequests.button("d:a:")).isEmpty();
    assertThat(DeskRequests.button("d:zz:PN4K7Q")).isEmpty();
    assertThat(DeskRequests.button("ok:PN4K7Q")).isEmpty();
    assertThat(DeskRequests.button(null)).isEmpty();
  }

  @Test
  void forgedButtonDataIsNoRequestAtAll() {
    for (String forged :
        List.of(
            "d:q:2147483647",
            "d:q:-7",
            "d:q:99999999999",
            "d:rr:PN4K7Q:zzz",
            "d:rr:PN4K7Q:0",
            "d:rr:PN4K7Q:5",
            "d:::::",
            "d:a:PN4K7Q:extra",
            "d:a:PN4K7Q:x:y",
            "d:as:PN4K7Q:99999999999999999999",
            "d:tt:PN4K7Q:<b>x</b>",
            "d:dd:PN4K7Q:../..",
            "d:a:<script>",
            "d:sh:" + "A".repeat(100))) {
      assertThat(DeskRequests.button(forged)).as(forged).isEmpty();
    }
  }

  @Test
  void aTypedReasonIsTheOfficersWordsEvenWhenItLooksLikeAButtons() {
    assertThat(DeskRequests.command("reject", "PN-4K7Q #zzz", ""))
        .contains(new DeskRequest.Reject("PN-4K7Q", new DeskRequest.Reason.Written("#zzz")));
  }

  @Test
  void everyButtonOfACardAndItsMenusFitsInSixtyFourBytes() {
    SimilarReports similar = new SimilarReports(CONFIG.units());
    DeskRoster roster = new DeskRoster(CONFIG.roster(), CONFIG::roster);
    Cards cards =
        new Cards(
            CONFIG.messages(),
            CONFIG.units(),
            CONFIG.categories(),
            CONFIG.sla().zone(),
            roster,
            similar,
            Clock.fixed(Instant.parse("2021-09-10T09:00:00Z"), ZoneOffset.UTC));
    // The longest codes: a six-letter prefix and an eight-character tail.
    Ticket ticket = ticket(new TicketCode("BGMAPX", "ZZZZZZZZ"), "25267-04");
    Keyboard.Inline keyboard = (Keyboard.Inline) cards.keyboard(ticket);
    List<String> data =
        keyboard.rows().stream().flatMap(List::stream).map(Button::callbackData).toList();
    assertThat(data).isNotEmpty();
    String longestMenuChoice = DeskRequests.data("tt", ticket.code().compact(), "25267-04");
    assertThat(longestMenuChoice.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
    assertThat(data).allMatch(d -> d.getBytes(StandardCharsets.UTF_8).length <= 64);
    assertThat(data).allMatch(d -> DeskRequests.button(d).isPresent());
    assertThat(DeskRequests.button(longestMenuChoice)).isPresent();
    assertThat(cards.text(ticket, CONFIG.units().get(new UnitCode("25267"))))
        .contains("BGMAPX-ZZZZZZZZ", "Ấp 4, Xã Phú Nghĩa", "Nguyễn Văn An", "Chờ tiếp nhận")
        .doesNotContain("6100");
  }

  static Ticket ticket(TicketCode code, String place) {
    Instant at = Instant.parse("2021-09-10T08:00:00Z");
    return Ticket.filed(
        code,
        new NewTicket(
            "test:1",
            code.prefix(),
            new Whereabouts(new UnitCode("25267"), UnitCode.parse(place).orElse(null)),
            new Reported(
                "SPONTANEOUS_MARKET",
                Priority.NORMAL,
                "Chợ tự phát <b>đông</b> người",
                List.of(),
                new Reporter(Channel.TELEGRAM, "6100"),
                null,
                0.9),
            new Deadlines(at, at.plusSeconds(1800), at.plusSeconds(86_400))));
  }
}
