package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import vn.hotline.config.BotConfig;
import vn.hotline.intake.Inbound;
import vn.hotline.intake.InboundHandler;
import vn.hotline.intake.InboxEntry;
import vn.hotline.intake.Intake;
import vn.hotline.intake.UpdateHandler;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.notify.Outbox;

/** Who gets an update: the first of the handlers, asked in order, that can handle it. */
class TelegramUpdateHandlerTest {
  static final long LAN = 6123457001L;
  static final long GROUP = -1001987654321L;

  final Outbox outbox = mock(Outbox.class);
  final GroupNotice notice =
      new GroupNotice(outbox, BotConfig.load(Path.of("bot-config")).messages());

  static InboxEntry entry(String json) {
    return UpdateJson.entry(UpdateJson.parse(json).orElseThrow(), json, Instant.EPOCH);
  }

  static String groupText(long updateId, String text) {
    return TelegramFixtures.read(TelegramFixtures.GROUP_COMMAND)
        .replace("700000107", String.valueOf(updateId))
        .replace("\"/status@hotline1022_bot PN-4K7Q\"", "\"" + text + "\"");
  }

  @Test
  void theFirstHandlerThatCanHandleTakesItAndNoLaterOneIsAsked() {
    InboundHandler declines = mock(InboundHandler.class);
    InboundHandler takes = mock(InboundHandler.class);
    InboundHandler later = mock(InboundHandler.class);
    when(takes.canHandle(any())).thenReturn(true);
    when(later.canHandle(any())).thenReturn(true);

    new TelegramUpdateHandler(List.of(declines, takes, later))
        .handle(entry(TelegramFixtures.read(TelegramFixtures.TEXT_WITH_DIACRITICS)));

    var order = inOrder(declines, takes);
    order.verify(declines).canHandle(any());
    order.verify(takes).canHandle(any());
    order.verify(takes).handle(any());
    verify(declines, never()).handle(any());
    verifyNoInteractions(later);
  }

  @Test
  void aPrivateMessageThatIsNotTheDesksGoesToCitizenIntakeNotToTheGroupNotice() {
    InboundHandler desk = mock(InboundHandler.class);
    Intake intake = mock(Intake.class);

    new TelegramUpdateHandler(List.of(desk, new PrivateChats(intake), notice))
        .handle(entry(TelegramFixtures.read(TelegramFixtures.CALLBACK_QUERY)));

    verify(intake).handle(any(Inbound.ButtonPress.class));
    verifyNoInteractions(outbox);
  }

  @Test
  void whatTheDeskTakesNeverReachesCitizenIntake() {
    InboundHandler desk = mock(InboundHandler.class);
    when(desk.canHandle(any())).thenReturn(true);
    Intake intake = mock(Intake.class);

    new TelegramUpdateHandler(List.of(desk, new PrivateChats(intake), notice))
        .handle(entry(TelegramFixtures.read(TelegramFixtures.TEXT_WITH_DIACRITICS)));

    verify(desk).handle(any(Inbound.Text.class));
    verifyNoInteractions(intake, outbox);
  }

  @Test
  void aCommandInAnotherGroupIsToldToWritePrivatelyAndChatterThereIsLeftAlone() {
    Intake intake = mock(Intake.class);
    var handler = new TelegramUpdateHandler(List.of(new PrivateChats(intake), notice));

    assertThat(handler.handle(entry(groupText(900, "chào cả nhà"))))
        .isEqualTo(UpdateHandler.Result.USED);
    verifyNoInteractions(outbox);

    handler.handle(entry(TelegramFixtures.read(TelegramFixtures.GROUP_COMMAND)));

    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<OutboundMessage>> sent = ArgumentCaptor.forClass(List.class);
    verify(outbox).enqueue(sent.capture());
    assertThat(sent.getValue())
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.id()).isEqualTo("in:700000107:0");
              assertThat(message.chatId()).isEqualTo(GROUP);
              assertThat(message.kind()).isEqualTo(OutboundMessage.Kind.SEND_TEXT);
              assertThat(message.text()).startsWith("Bot không nhận phản ánh trong nhóm.");
            });
    verifyNoInteractions(intake);
  }

  @Test
  void aPressInAGroupOnAButtonThatIsNobodysIsAnswered() {
    String press =
        TelegramFixtures.read(TelegramFixtures.CALLBACK_QUERY)
            .replaceFirst(
                "\"chat\": \\{[^}]*\\}",
                "\"chat\": {\"id\": "
                    + GROUP
                    + ", \"title\": \"Tân Thành\", \"type\": \"supergroup\"}");
    assertThat(press).contains("supergroup");

    new TelegramUpdateHandler(List.of(notice)).handle(entry(press));

    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<OutboundMessage>> sent = ArgumentCaptor.forClass(List.class);
    verify(outbox).enqueue(sent.capture());
    assertThat(sent.getValue())
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.kind()).isEqualTo(OutboundMessage.Kind.ANSWER_CALLBACK);
              assertThat(message.chatId()).isEqualTo(GROUP);
              assertThat(message.target()).isEqualTo("4382937461200398571");
            });
  }
}
