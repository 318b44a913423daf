package vn.hotline.telegram;

import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.hotline.intake.Inbound;
import vn.hotline.intake.InboundHandler;
import vn.hotline.intake.InboxEntry;
import vn.hotline.intake.UpdateHandler;

/**
 * Turns stored Telegram updates into what the conversation understands, and gives each to the first
 * of its handlers, asked in order, that can handle it: in production the desk (Command Centre
 * groups, desk buttons, officers' commands), then citizen intake (the rest of a private chat), then
 * the notice in other groups. What none takes (chatter in a group) is left alone.
 */
final class TelegramUpdateHandler implements UpdateHandler {
  private final List<InboundHandler> handlers;

  TelegramUpdateHandler(List<InboundHandler> handlers) {
    this.handlers = List.copyOf(handlers);
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
    handlers.stream()
        .filter(handler -> handler.canHandle(inbound))
        .findFirst()
        .ifPresent(handler -> handler.handle(inbound));
  }
}
