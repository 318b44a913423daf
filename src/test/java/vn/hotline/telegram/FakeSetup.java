package vn.hotline.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Optional;

/**
 * The fake's methods that send nothing: getMe, getUpdates, setWebhook, deleteWebhook and
 * setMyCommands. As on Telegram, getUpdates is refused while a webhook is set.
 */
final class FakeSetup {
  private final ObjectNode bot;
  private final FakeUpdates updates;
  private volatile FakeBotApi.Webhook webhook;
  private volatile String commands;

  FakeSetup(ObjectNode bot, FakeUpdates updates) {
    this.bot = bot;
    this.updates = updates;
  }

  FakeAnswer answer(String method, FakeRequest request) {
    return switch (method) {
      case "getme" -> FakeAnswer.ok(BotApiJson.ok(bot), 0);
      case "getupdates" ->
          webhook != null
              ? FakeAnswer.error(
                  409,
                  "Conflict: can't use getUpdates method while webhook is active;"
                      + " use deleteWebhook to delete the webhook first")
              : FakeAnswer.ok(
                  BotApiJson.okList(
                      updates.poll(
                          request.number("offset", 0),
                          (int) request.number("limit", 100),
                          Duration.ofSeconds(request.number("timeout", 0)))),
                  0);
      case "setwebhook" -> {
        webhook =
            new FakeBotApi.Webhook(
                request.param("url"),
                request.param("secret_token"),
                request.param("allowed_updates"),
                request.param("max_connections"));
        yield FakeAnswer.ok(BotApiJson.ok(true), 0);
      }
      case "deletewebhook" -> {
        webhook = null;
        if (Boolean.parseBoolean(request.param("drop_pending_updates"))) {
          updates.clear();
        }
        yield FakeAnswer.ok(BotApiJson.ok(true), 0);
      }
      case "setmycommands" -> {
        commands = request.param("commands");
        yield FakeAnswer.ok(BotApiJson.ok(true), 0);
      }
      default -> FakeAnswer.error(404, "Not Found");
    };
  }

  Optional<FakeBotApi.Webhook> webhook() {
    return Optional.ofNullable(webhook);
  }

  Optional<String> commands() {
    return Optional.ofNullable(commands);
  }
}
