package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hotline.notify.Button;
import vn.hotline.notify.Delivery.Outcome;
import vn.hotline.notify.Keyboard;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.notify.OutboundMessage.Kind;
import vn.hotline.testing.FreePort;

/** Each outbox message becomes the right Bot API call, and each answer the right outcome. */
class BotApiDeliveryTest {
  static final long LAN = 6123457001L;

  final FakeBotApi telegram = FakeBotApi.start();
  final BotApiDelivery delivery = BotApiDelivery.create(telegram.settings());

  @AfterEach
  void stop() {
    telegram.close();
  }

  @Test
  void aTextGoesAsHtmlWithItsInlineKeyboard() {
    var keyboard =
        new Keyboard.Inline(
            List.of(List.of(Button.callback("Đúng", "cat:ok"), Button.callback("Sai", "cat:no"))));
    assertThat(delivery.deliver(OutboundMessage.text("m1", LAN, "<b>PN-4K7Q</b>", keyboard), 0))
        .isEqualTo(new Outcome.Sent(1));
    BotApiCall call = telegram.sentTo(LAN).getFirst();
    assertThat(call.params()).containsEntry("parse_mode", "html");
    assertThat(call.buttonTexts()).containsExactly("Đúng", "Sai");
    assertThat(call.callbackData()).containsExactly("cat:ok", "cat:no");
  }

  @Test
  void replyKeyboardsAskForLocationOrContactAndCanBeRemoved() {
    var ask =
        new Keyboard.Reply(
            List.of(
                List.of(Button.requestLocation("📍 Gửi vị trí")),
                List.of(
                    Button.requestContact("📞 Gửi số điện thoại"), Button.sendsText("Bỏ qua"))));
    delivery.deliver(OutboundMessage.text("m1", LAN, "Bạn ở đâu?", ask), 0);
    delivery.deliver(OutboundMessage.text("m2", LAN, "Cảm ơn", new Keyboard.Remove()), 0);

    List<BotApiCall> sent = telegram.sentTo(LAN);
    assertThat(sent.get(0).replyMarkup())
        .contains(
            "\"request_location\":true", "\"request_contact\":true", "\"resize_keyboard\":true");
    assertThat(sent.get(0).buttonTexts())
        .containsExactly("📍 Gửi vị trí", "📞 Gửi số điện thoại", "Bỏ qua");
    assertThat(sent.get(1).replyMarkup()).contains("\"remove_keyboard\":true");
  }

  @Test
  void aPhotoGoesWithItsCaption() {
    var photo =
        new OutboundMessage(
            "p1",
            LAN,
            Kind.SEND_PHOTO,
            "Đã giải tán <i>chợ</i>",
            null,
            "AgACAgUAAxkBAAIB",
            null,
            null);
    assertThat(delivery.deliver(photo, 0)).isEqualTo(new Outcome.Sent(1));
    assertThat(telegram.sentTo(LAN).getFirst().params())
        .containsEntry("photo", "AgACAgUAAxkBAAIB")
        .containsEntry("caption", "Đã giải tán <i>chợ</i>");
  }

  @Test
  void editsChangeTheTargetMessageAndAnUnchangedEditCountsAsDone() {
    delivery.deliver(OutboundMessage.text("m1", LAN, "Đã nhận", null), 0);
    var edit = new OutboundMessage("e1", LAN, Kind.EDIT_TEXT, "Đã xử lý", null, null, "m1", null);
    assertThat(delivery.deliver(edit, 1)).isEqualTo(new Outcome.Sent(1));
    assertThat(delivery.deliver(edit, 1)).isEqualTo(new Outcome.Sent(1));
    var keyboardOff =
        new OutboundMessage("e2", LAN, Kind.EDIT_KEYBOARD, null, null, null, "m1", null);
    assertThat(delivery.deliver(keyboardOff, 1)).isEqualTo(new Outcome.Sent(1));
    assertThat(delivery.deliver(edit, 7))
        .isInstanceOfSatisfying(
            Outcome.Permanent.class,
            p -> assertThat(p.reason()).contains("message to edit not found"));
    assertThat(telegram.calls("editMessageText").getFirst().params())
        .containsEntry("message_id", "1");
  }

  @Test
  void aCallbackIsAnsweredByItsQueryId() {
    var answer =
        new OutboundMessage(
            "a1", LAN, Kind.ANSWER_CALLBACK, "Đã chọn", null, null, "4382937461200398571", null);
    assertThat(delivery.deliver(answer, 0)).isEqualTo(new Outcome.Sent(0));
    assertThat(telegram.calls("answerCallbackQuery").getFirst().params())
        .containsEntry("callback_query_id", "4382937461200398571")
        .containsEntry("text", "Đã chọn");
  }

  @Test
  void floodControlBecomesRetryAfterWithTelegramsDelay() {
    telegram.enforceLimits(
        1, Duration.ofSeconds(5), 20, Duration.ofMinutes(1), 30, Duration.ofSeconds(1));
    delivery.deliver(OutboundMessage.text("m1", LAN, "1", null), 0);
    assertThat(delivery.deliver(OutboundMessage.text("m2", LAN, "2", null), 0))
        .isInstanceOfSatisfying(
            Outcome.RetryAfter.class,
            r -> assertThat(r.delay()).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(5)));
  }

  @Test
  void serverErrorsAreTransientAndABlockedOrUnknownChatIsPermanent() {
    telegram.failNext(1);
    telegram.block(LAN + 1);
    telegram.forget(LAN + 2);
    assertThat(delivery.deliver(OutboundMessage.text("m1", LAN, "x", null), 0))
        .isInstanceOfSatisfying(
            Outcome.Transient.class, t -> assertThat(t.reason()).startsWith("HTTP 500"));
    assertThat(delivery.deliver(OutboundMessage.text("m2", LAN + 1, "x", null), 0))
        .isEqualTo(new Outcome.Permanent("BLOCKED: Forbidden: bot was blocked by the user"));
    assertThat(delivery.deliver(OutboundMessage.text("m3", LAN + 2, "x", null), 0))
        .isEqualTo(new Outcome.Permanent("BLOCKED: Bad Request: chat not found"));
  }

  @Test
  void aRefusedTokenIsUnauthorisedNotATransientFailure() {
    BotApiDelivery revoked =
        BotApiDelivery.create(
            new TelegramSettings("5550001111:AArevokedTokenForTests", telegram.url(), "", ""));
    assertThat(revoked.deliver(OutboundMessage.text("m1", LAN, "x", null), 0))
        .isEqualTo(new Outcome.Unauthorised("HTTP 401: Unauthorized"));
  }

  @Test
  void aLostAnswerIsUnknownAndTheClientDoesNotRepeatTheRequestByItself() {
    telegram.loseNextAnswers(1);
    assertThat(delivery.deliver(OutboundMessage.text("m1", LAN, "một lần thôi", null), 0))
        .isInstanceOf(Outcome.Unknown.class);
    assertThat(telegram.calls("sendMessage")).hasSize(1);
    assertThat(telegram.sentTo(LAN)).hasSize(1);
  }

  @Test
  void noServerAtAllIsTransient() {
    var nowhere =
        BotApiDelivery.create(
            new TelegramSettings(FakeBotApi.TOKEN, "http://127.0.0.1:" + FreePort.find(), "", ""));
    assertThat(nowhere.deliver(OutboundMessage.text("m1", LAN, "x", null), 0))
        .isInstanceOfSatisfying(
            Outcome.Transient.class, t -> assertThat(t.reason()).startsWith("NETWORK"));
  }

  @Test
  void aMessageTelegramWouldRefuseIsPermanent() {
    assertThat(delivery.deliver(OutboundMessage.text("m1", LAN, "", null), 0))
        .isInstanceOfSatisfying(
            Outcome.Permanent.class, p -> assertThat(p.reason()).startsWith("INVALID"));
  }
}
