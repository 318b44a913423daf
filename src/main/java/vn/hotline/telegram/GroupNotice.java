package vn.hotline.telegram;

import java.util.List;
import java.util.Locale;
import vn.hotline.intake.Inbound;
import vn.hotline.intake.InboundHandler;
import vn.hotline.messages.Messages;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.notify.Outbox;

/**
 * What is left in groups that are no Command Centre's: the bot takes no reports there and says,
 * once per command, to write to it privately; a press on a button that is nobody's is answered, so
 * that it stops spinning. Anything else said in a group is none of the bot's business.
 */
final class GroupNotice implements InboundHandler {
  private final Outbox outbox;
  private final Messages messages;

  GroupNotice(Outbox outbox, Messages messages) {
    this.outbox = outbox;
    this.messages = messages;
  }

  @Override
  public boolean canHandle(Inbound inbound) {
    return inbound instanceof Inbound.ButtonPress
        || inbound instanceof Inbound.Text text && text.text().startsWith("/");
  }

  @Override
  public void handle(Inbound inbound) {
    OutboundMessage answer =
        switch (inbound) {
          case Inbound.ButtonPress press ->
              new OutboundMessage(
                  replyId(press),
                  press.sender().chatId(),
                  OutboundMessage.Kind.ANSWER_CALLBACK,
                  "",
                  null,
                  null,
                  press.queryId(),
                  null);
          default ->
              OutboundMessage.text(
                  replyId(inbound),
                  inbound.sender().chatId(),
                  messages.text(Locale.of(inbound.sender().language()), "group.privateOnly"),
                  null);
        };
    outbox.enqueue(List.of(answer));
  }

  private static String replyId(Inbound inbound) {
    return "in:" + inbound.updateId() + ":0";
  }
}
