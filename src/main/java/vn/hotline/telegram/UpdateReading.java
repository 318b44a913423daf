package vn.hotline.telegram;

import java.util.Objects;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import vn.hotline.intake.Inbound;
import vn.hotline.messages.TextCut;
import vn.hotline.notify.OutboundMessage;

/**
 * What a Telegram update says, read without trusting it: Telegram's types leave every field
 * nullable, and anyone who learns the webhook secret, or a bug upstream, can send an update that
 * lacks what a real one always has. Texts and captions are cut to what Telegram allows (4,096 and
 * 1,024 characters) before anything reads them.
 */
sealed interface UpdateReading {

  /** Something a person sent that the bot takes. */
  record Usable(Inbound inbound) implements UpdateReading {}

  /** An update of a kind the bot does not take (an edit, a poll): nothing to do. */
  record Ignored() implements UpdateReading {}

  /** An update that lacks what the bot needs to take it. */
  record Unusable(String reason) implements UpdateReading {}

  static UpdateReading of(Update update) {
    if (update.hasCallbackQuery()) {
      return press(update.getUpdateId(), update.getCallbackQuery());
    }
    if (!update.hasMessage()) {
      return new Ignored();
    }
    Message message = update.getMessage();
    Chat chat = message.getChat();
    if (chat == null || chat.getId() == null) {
      return new Unusable("message without its chat");
    }
    if (message.getFrom() == null || message.getFrom().getId() == null) {
      return new Unusable("message without its sender");
    }
    Inbound.Sender sender = sender(message.getFrom(), chat.getId(), chat.isUserChat());
    return message(update.getUpdateId(), message, sender);
  }

  private static UpdateReading message(long id, Message message, Inbound.Sender sender) {
    if (message.hasText()) {
      return new Usable(
          new Inbound.Text(id, sender, TextCut.plain(message.getText(), OutboundMessage.MAX_TEXT)));
    }
    if (message.hasPhoto()) {
      String fileId =
          message.getPhoto().stream()
              .filter(Objects::nonNull)
              .filter(size -> size.getFileId() != null)
              .max((a, b) -> Integer.compare(width(a), width(b)))
              .map(PhotoSize::getFileId)
              .orElse(null);
      if (fileId == null) {
        return new Unusable("photo without a file");
      }
      String caption = TextCut.plain(message.getCaption(), OutboundMessage.MAX_CAPTION);
      return new Usable(new Inbound.Photo(id, sender, fileId, caption));
    }
    if (message.hasLocation()) {
      // Jackson refuses a location without coordinates: the webhook answers 400.
      var location = message.getLocation();
      return new Usable(
          new Inbound.Location(id, sender, location.getLatitude(), location.getLongitude()));
    }
    var contact = message.getContact();
    if (contact != null
        && contact.getPhoneNumber() != null
        && message.getFrom().getId().equals(contact.getUserId())) {
      return new Usable(new Inbound.ContactShared(id, sender, contact.getPhoneNumber()));
    }
    return new Usable(new Inbound.Other(id, sender, "message"));
  }

  private static UpdateReading press(long id, CallbackQuery query) {
    User from = query.getFrom();
    if (from == null || from.getId() == null) {
      return new Unusable("button press without its sender");
    }
    if (query.getId() == null) {
      return new Unusable("button press without its id");
    }
    // A press under a message the bot sent inline (through another chat) has no message: the
    // presser's private chat is where to answer.
    MaybeInaccessibleMessage message = query.getMessage();
    long chatId = from.getId();
    boolean privateChat = true;
    long messageId = 0;
    if (message != null) {
      Chat chat = message.getChat();
      if (chat == null || chat.getId() == null) {
        return new Unusable("button press under a message without its chat");
      }
      chatId = chat.getId();
      privateChat = chat.isUserChat();
      messageId = message.getMessageId() == null ? 0 : message.getMessageId();
    }
    return new Usable(
        new Inbound.ButtonPress(
            id, sender(from, chatId, privateChat), query.getId(), query.getData(), messageId));
  }

  private static int width(PhotoSize size) {
    return size.getWidth() == null ? 0 : size.getWidth();
  }

  private static Inbound.Sender sender(User from, long chatId, boolean privateChat) {
    return new Inbound.Sender(
        chatId,
        from.getId(),
        from.getLanguageCode(),
        privateChat,
        Objects.requireNonNullElse(from.getFirstName(), ""));
  }
}
