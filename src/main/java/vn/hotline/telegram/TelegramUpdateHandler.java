package vn.hotline.telegram;

import java.util.Comparator;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import vn.hotline.config.Messages;
import vn.hotline.desk.Desk;
import vn.hotline.intake.Html;
import vn.hotline.intake.Inbound;
import vn.hotline.intake.InboxEntry;
import vn.hotline.intake.Intake;
import vn.hotline.intake.UpdateHandler;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.notify.Outbox;

/**
 * Turns stored Telegram updates into what the conversation understands. The desk takes what is its
 * own (Command Centre groups, desk buttons, officers' commands); the rest of a private chat goes to
 * intake; in other groups the bot takes no reports and says, once per command, to write to it
 * privately.
 */
final class TelegramUpdateHandler implements UpdateHandler {
  private static final Logger LOG = LoggerFactory.getLogger(TelegramUpdateHandler.class);

  private final Intake intake;
  private final Desk desk;
  private final Outbox outbox;
  private final Messages messages;

  TelegramUpdateHandler(Intake intake, Desk desk, Outbox outbox, Messages messages) {
    this.intake = intake;
    this.desk = desk;
    this.outbox = outbox;
    this.messages = messages;
  }

  @Override
  public String channel() {
    return UpdateJson.CHANNEL;
  }

  @Override
  public void handle(InboxEntry entry) {
    Optional<Update> parsed = UpdateJson.parse(entry.payload());
    if (parsed.isEmpty()) {
      LOG.warn("telegram update={} cannot be read; skipped", entry.updateId());
      return;
    }
    Optional<Inbound> inbound = inbound(parsed.get());
    if (inbound.isEmpty()) {
      return;
    }
    if (desk.takes(inbound.get())) {
      desk.handle(inbound.get());
    } else if (inbound.get().sender().privateChat()) {
      intake.handle(inbound.get());
    } else if (inbound.get() instanceof Inbound.Text text && text.text().startsWith("/")) {

      outbox.enqueue(
          java.util.List.of(
              OutboundMessage.text(
                  "in:" + text.updateId() + ":0",
                  text.sender().chatId(),
                  messages.text(java.util.Locale.of(text.sender().language()), "group.privateOnly"),
                  null)));
    }
  }

  static Optional<Inbound> inbound(Update update) {
    if (update.hasCallbackQuery()) {
      var query = update.getCallbackQuery();
      Message message = query.getMessage() instanceof Message m ? m : null;
      long chatId = message != null ? message.getChatId() : query.getFrom().getId();
      boolean privateChat = message == null || message.getChat().isUserChat();
      return Optional.of(
          new Inbound.ButtonPress(
              update.getUpdateId(),
              sender(query.getFrom(), chatId, privateChat),
              query.getId(),
              query.getData(),
              message != null ? message.getMessageId() : 0));
    }
    Message message = update.hasMessage() ? update.getMessage() : null;
    if (message == null || message.getFrom() == null) {
      return Optional.empty();
    }
    Inbound.Sender sender =
        sender(message.getFrom(), message.getChatId(), message.getChat().isUserChat());
    long id = update.getUpdateId();
    if (message.hasText()) {
      return Optional.of(
          new Inbound.Text(
              id, sender, Html.shortened(message.getText(), OutboundMessage.MAX_TEXT)));
    }
    if (message.hasPhoto()) {
      String fileId =
          message.getPhoto().stream()
              .max(Comparator.comparingInt(PhotoSize::getWidth))
              .map(PhotoSize::getFileId)
              .orElse("");
      String caption = message.getCaption() == null ? "" : message.getCaption();
      return Optional.of(new Inbound.Photo(id, sender, fileId, caption));
    }
    if (message.hasLocation()) {
      return Optional.of(
          new Inbound.Location(
              id,
              sender,
              message.getLocation().getLatitude(),
              message.getLocation().getLongitude()));
    }
    if (message.hasContact()
        && message.getFrom().getId().equals(message.getContact().getUserId())) {
      return Optional.of(
          new Inbound.ContactShared(id, sender, message.getContact().getPhoneNumber()));
    }
    return Optional.of(new Inbound.Other(id, sender, "message"));
  }

  private static Inbound.Sender sender(User from, long chatId, boolean privateChat) {
    return new Inbound.Sender(
        chatId, from.getId(), from.getLanguageCode(), privateChat, from.getFirstName());
  }
}
