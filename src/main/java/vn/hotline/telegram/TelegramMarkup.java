package vn.hotline.telegram;

import java.util.List;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ForceReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboard;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ReplyKeyboardRemove;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.KeyboardRow;
import vn.hotline.notify.Button;
import vn.hotline.notify.Keyboard;

/** Turns the outbox's keyboards into Telegram's reply markup. */
final class TelegramMarkup {
  private TelegramMarkup() {}

  static ReplyKeyboard of(Keyboard keyboard) {
    return switch (keyboard) {
      case null -> null;
      case Keyboard.Inline inline -> inline(inline);
      case Keyboard.Reply reply ->
          ReplyKeyboardMarkup.builder()
              .keyboard(reply.rows().stream().map(TelegramMarkup::keyboardRow).toList())
              .resizeKeyboard(true)
              .oneTimeKeyboard(true)
              .build();
      case Keyboard.Remove remove -> ReplyKeyboardRemove.builder().removeKeyboard(true).build();
      case Keyboard.ForceReply force ->
          ForceReplyKeyboard.builder()
              .forceReply(true)
              .inputFieldPlaceholder(force.placeholder())
              .build();
    };
  }

  /**
   * The inline keyboard of an edit; any other keyboard means none, as an edit can carry no other.
   */
  static InlineKeyboardMarkup inline(Keyboard keyboard) {
    return keyboard instanceof Keyboard.Inline inline ? inline(inline) : null;
  }

  private static InlineKeyboardMarkup inline(Keyboard.Inline inline) {
    return new InlineKeyboardMarkup(
        inline.rows().stream()
            .map(
                row ->
                    new InlineKeyboardRow(row.stream().map(TelegramMarkup::inlineButton).toList()))
            .toList());
  }

  private static InlineKeyboardButton inlineButton(Button b) {
    return InlineKeyboardButton.builder().text(b.text()).callbackData(b.callbackData()).build();
  }

  private static KeyboardRow keyboardRow(List<Button> row) {
    return new KeyboardRow(
        row.stream()
            .map(
                b ->
                    KeyboardButton.builder()
                        .text(b.text())
                        .requestLocation(b.requestLocation() ? true : null)
                        .requestContact(b.requestContact() ? true : null)
                        .build())
            .toList());
  }
}
