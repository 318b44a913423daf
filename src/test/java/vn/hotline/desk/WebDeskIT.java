package vn.hotline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hotline.category.Priority;
import vn.hotline.messages.Messages;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.roster.OfficerId;
import vn.hotline.testing.SettableClock;
import vn.hotline.testing.TempDirs;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Deadlines;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.NewTicket;
import vn.hotline.ticket.Reported;
import vn.hotline.ticket.Reporter;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.Whereabouts;
import vn.hotline.unit.UnitCode;

/**
 * The desk's entry for the web on an embedded store: the same rules as the card's buttons, the
 * change kept as made on the web, the citizen told through the outbox, and a photo posted only once
 * the note it goes with is accepted.
 */
class WebDeskIT {
  static final Instant NOW = Instant.parse("2021-09-10T08:00:00Z");
  static final OfficerId OFFICER = new OfficerId(100001);
  static final long PHU_NGHIA_GROUP = -1000025267L;
  static final String CITIZEN = "6300300001";

  final Path dataDir = TempDirs.create("web-desk");
  final DeskFixture fixture = new DeskFixture(dataDir, new SettableClock(NOW));
  final List<Long> postedTo = new ArrayList<>();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void anAcknowledgementFromTheWebIsKeptAsMadeOnTheWebAndTheCitizenHearsOfIt() {
    Ticket filed = file("25267");

    WebOutcome outcome = act(new WebRequest.Acknowledge(filed.code().toString()));

    assertThat(outcome.done()).isTrue();
    assertThat(outcome.message()).contains(filed.code().toString()).doesNotStartWith("✋");
    HistoryEntry last = fixture.tickets.find(filed.code()).orElseThrow().history().getLast();
    assertThat(last.kind()).isEqualTo(HistoryEntry.Kind.ACKNOWLEDGED);
    assertThat(last.actor().viaWeb()).isTrue();
    assertThat(fixture.outbox.messages())
        .anyMatch(m -> m.chatId() == Long.parseLong(CITIZEN) && m.id().startsWith("tk:"));
  }

  @Test
  void aPhotoIsPostedToTheGroupOnlyForAResultTheTicketTakes() {
    Ticket filed = file("25267");
    String code = filed.code().toString();

    WebOutcome unclaimed = act(new WebRequest.Resolve(code, "Đã xử lý xong", this::post));
    act(new WebRequest.Acknowledge(code));
    WebOutcome noNote = act(new WebRequest.Resolve(code, "  ", this::post));
    assertThat(unclaimed.done()).isFalse();
    assertThat(noNote.done()).isFalse();
    assertThat(postedTo).isEmpty();

    WebOutcome resolved = act(new WebRequest.Resolve(code, "Đã xử lý xong", this::post));

    assertThat(resolved.done()).isTrue();
    assertThat(postedTo).containsExactly(PHU_NGHIA_GROUP);
    Ticket after = fixture.tickets.find(filed.code()).orElseThrow();
    assertThat(after.state()).isEqualTo(TicketState.RESOLVED);
    assertThat(after.history().getLast().photo()).isEqualTo("posted-1");
    assertThat(fixture.outbox.messages())
        .anyMatch(
            m ->
                m.kind() == OutboundMessage.Kind.SEND_PHOTO
                    && m.chatId() == Long.parseLong(CITIZEN)
                    && m.photo().equals("posted-1"));
  }

  @Test
  void aTicketOfAnotherCommuneIsForbiddenToReadAndRefusedToChange() {
    Ticket elsewhere = file("25216");
    String code = elsewhere.code().toString();

    assertThat(fixture.desk.ticketForWeb(OFFICER, Messages.ENGLISH, code))
        .isInstanceOf(TicketLookup.Forbidden.class);
    WebOutcome refused = act(new WebRequest.Acknowledge(code));

    assertThat(refused.done()).isFalse();
    assertThat(refused.message()).contains("may not act");
    assertThat(fixture.tickets.find(elsewhere.code()).orElseThrow().state())
        .isEqualTo(TicketState.NEW);
  }

  @Test
  void theTicketAsShownNamesNeitherTheReporterNorOffersWhatTheStateForbids() {
    Ticket filed = file("25267");

    TicketView view =
        ((TicketLookup.Found)
                fixture.desk.ticketForWeb(OFFICER, Messages.ENGLISH, filed.code().toString()))
            .ticket();

    assertThat(view.toString()).doesNotContain(CITIZEN);
    assertThat(view.stateLabel()).isEqualTo("Waiting to be taken up");
    assertThat(view.choices().actions())
        .containsExactlyInAnyOrder(
            DeskAction.ACKNOWLEDGE, DeskAction.TRANSFER, DeskAction.DUPLICATE, DeskAction.REJECT);
    assertThat(view.history()).extracting(TicketView.Line::who).containsExactly("Citizen");
  }

  private WebOutcome act(WebRequest request) {
    return fixture.desk.actFromWeb(OFFICER, Locale.ENGLISH, request);
  }

  private Optional<String> post(long chat, String caption) {
    postedTo.add(chat);
    return Optional.of("posted-" + postedTo.size());
  }

  private Ticket file(String unit) {
    UnitCode code = new UnitCode(unit);
    return fixture.tickets.file(
        new NewTicket(
            "test:" + unit + ":" + System.nanoTime(),
            "PN",
            new Whereabouts(code, code),
            new Reported(
                "GATHERING",
                Priority.NORMAL,
                "Quán karaoke mở cửa hát đông người suốt đêm",
                List.of(),
                new Reporter(Channel.TELEGRAM, CITIZEN),
                null,
                0.9),
            new Deadlines(NOW, NOW.plusSeconds(7200), NOW.plusSeconds(86400)),
            ""));
  }
}
