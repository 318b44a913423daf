package vn.hotline.desk;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Deadlines;
import vn.hotline.ticket.Drafts;
import vn.hotline.ticket.NewTicket;
import vn.hotline.ticket.Reported;
import vn.hotline.ticket.Reporter;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Transition;
import vn.hotline.ticket.UncertainPlace;
import vn.hotline.ticket.Whereabouts;
import vn.hotline.unit.UnitCode;

class CardsTest {
  static final BotConfig CONFIG = BotConfig.load(Path.of("bot-config"));
  static final Instant AT = Instant.parse("2021-09-10T08:00:00Z");

  final Cards cards =
      new Cards(
          CONFIG.messages(),
          CONFIG.units(),
          CONFIG.categories(),
          CONFIG.sla().zone(),
          new DeskRoster(CONFIG.roster(), CONFIG::roster),
          new SimilarReports(CONFIG.units()),
          Clock.fixed(AT, ZoneOffset.UTC));

  static Ticket filedAtTheProvince(String note) {
    return Ticket.filed(
        Drafts.code("BP", 7),
        new NewTicket(
            "test:1",
            "BP",
            new Whereabouts(new UnitCode("70"), new UnitCode("70")),
            new Reported(
                "GATHERING",
                Priority.URGENT,
                "Bố tôi khó thở, nhà ở xã Tân Thành",
                List.of(),
                new Reporter(Channel.TELEGRAM, "6100"),
                null,
                0.9),
            new Deadlines(AT, AT.plusSeconds(300), AT.plusSeconds(3600)),
            note));
  }

  static List<String> callbacks(Keyboard keyboard) {
    return ((Keyboard.Inline) keyboard)
        .rows().stream().flatMap(List::stream).map(Button::callbackData).toList();
  }

  @Test
  void aTicketFiledWithAnUncertainPlaceOffersItsCandidatesAsTransfers() {
    Ticket ticket =
        filedAtTheProvince(
            new UncertainPlace(List.of(new UnitCode("25207"), new UnitCode("25318"))).note());
    String code = ticket.code().compact();

    assertThat(cards.text(ticket, CONFIG.units().get(new UnitCode("70"))))
        .contains("Chưa rõ địa bàn", "Xã Tân Thành (Thành phố Đồng Xoài)");
    assertThat(callbacks(cards.keyboard(ticket)))
        .contains("d:tt:" + code + ":25207", "d:tt:" + code + ":25318");
  }

  @Test
  void aTransferSettlesThePlaceAndTheCardStopsOfferingCandidates() {
    Ticket ticket =
        filedAtTheProvince(
            new UncertainPlace(List.of(new UnitCode("25207"), new UnitCode("25318"))).note());
    Ticket moved =
        ((Transition.Applied)
                ticket.transfer(
                    new UnitCode("25318"), new UnitCode("25318"), Actor.citizen(), "", AT))
            .ticket();

    assertThat(cards.text(moved, CONFIG.units().get(new UnitCode("25318"))))
        .doesNotContain("Chưa rõ địa bàn");
    assertThat(callbacks(cards.keyboard(moved))).noneMatch(d -> d.startsWith("d:tt:"));
  }

  @Test
  void aTicketFiledAsUsualSaysNothingOfItsPlace() {
    Ticket ticket = filedAtTheProvince("");
    assertThat(cards.text(ticket, CONFIG.units().get(new UnitCode("70"))))
        .doesNotContain("Chưa rõ địa bàn");
  }
}
