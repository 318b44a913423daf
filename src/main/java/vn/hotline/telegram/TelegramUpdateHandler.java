package vn.hotline.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.hotline.desk.Desk;
import vn.hotline.intake.Inbound;
import vn.hotline.intake.InboxEntry;
import vn.hotline.intake.Intake;
import vn.hotline.intake.UpdateHandler;
import vn.hotline.messages.Messages;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.notify.Outbox;

/**
 * Turns stored Telegram updates into what the conversation understands. The desk takes what is its
 * own (Command Centre groups, desk buttons, officers' commands); the rest of a private chat goes to
 * intake; in other groups the bot takes no reports and says, once per command, to write to it
 * privately, and a press on a button that is nobody's is answered, so that it stops spinning.
 */
final class TelegramUpdateHandler implements UpdateHandler {
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
  public Result handle(InboxEntry entry) {
    Optional<Update> parsed = UpdateJson.parse(entry.payload());
    if (parsed.isEmpty()) {
      return new Result.Unusable("not an update");
    }
    return switch (UpdateReading.of(parsed.get())) {
      case UpdateReading.Unusable unusable -> new Result.Unusable(unusable.reason());
      case UpdateReading.Ignored ignored -> Result.USED;
      case UpdateReading.Usable usable -> {
        route(usable.inbound());
        yield Result.USED;
      }
    };
  }

  private void route(Inbound inbound) {
    if (desk.takes(inbound)) {
      desk.handle(inbound);
    } else if (inbound.sender().privateChat()) {
      intake.handle(inbound);
    } else if (inbound instanceof Inbound.ButtonPress press) {
      outbox.enqueue(
          List.of(
              new OutboundMessage(
                  replyId(press),
                  press.sender().chatId(),
                  OutboundMessage.Kind.ANSWER_CALLBACK,
                  "",
                  null,
                  null,
                  press.queryId(),
                  null)));
    } else if (inbound instanceof Inbound.Text text && text.text().startsWith("/")) {
      outbox.enqueue(
          List.of(
              OutboundMessage.text(
                  replyId(text),
                  text.sender().chatId(),
                  messages.text(Locale.of(text.sender().language()), "group.privateOnly"),
                  null)));
    }
  }

  private static String replyId(Inbound inbound) {
    return "in:" + inbound.updateId() + ":0";
  }
}
