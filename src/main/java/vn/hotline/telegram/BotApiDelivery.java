package vn.hotline.telegram;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.hotline.notify.Delivery;
import vn.hotline.notify.OutboundFile;
import vn.hotline.notify.OutboundMessage;

/**
 * Delivers outbox messages through the Bot API with the TelegramBots client: texts and captions as
 * HTML, files the service made as multipart uploads, keyboards as Telegram markup, edits by the
 * Telegram id of the edited message. Telegram's answers and the client's errors become {@link
 * Outcome}s.
 */
public final class BotApiDelivery implements Delivery {
  /** The longest a request may take; the outbox lease must be longer. */
  public static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

  private static final int MAX_IN_FLIGHT = 64;

  private final TelegramClient client;

  public BotApiDelivery(TelegramClient client) {
    this.client = client;
  }

  /**
   * A delivery with an HTTP client of its own that never repeats a request by itself. OkHttp's
   * default retries a request whose connection failed, even after sending it, which could deliver a
   * message twice; here such a failure is reported as {@link Outcome.Unknown} instead.
   */
  public static BotApiDelivery create(TelegramSettings settings) {
    URI api = settings.apiUri();
    int port = api.getPort() != -1 ? api.getPort() : "https".equals(api.getScheme()) ? 443 : 80;
    // OkHttp allows 5 requests per host at once by default, fewer than the sender may have in
    // flight.
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(MAX_IN_FLIGHT);
    dispatcher.setMaxRequests(MAX_IN_FLIGHT);
    OkHttpClient http =
        new OkHttpClient.Builder()
            .dispatcher(dispatcher)
            .retryOnConnectionFailure(false)
            // Idle connections are dropped before a server would close them, when a reuse could
            // fail mid-request.
            .connectionPool(new ConnectionPool(MAX_IN_FLIGHT, 20, TimeUnit.SECONDS))
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(SEND_TIMEOUT)
            .callTimeout(SEND_TIMEOUT)
            .build();
    return new BotApiDelivery(
        new OkHttpTelegramClient(
            http, settings.token(), new TelegramUrl(api.getScheme(), api.getHost(), port, false)));
  }

  @Override
  public Outcome deliver(OutboundMessage message, long targetMessageId) {
    try {
      return new Outcome.Sent(execute(message, targetMessageId));
    } catch (TelegramApiRequestException e) {
      return BotApiErrors.outcome(e, targetMessageId);
    } catch (TelegramApiException e) {
      return BotApiErrors.outcome(e);
    }
  }

  private long execute(OutboundMessage m, long target) throws TelegramApiException {
    return switch (m.kind()) {
      case SEND_TEXT ->
          client
              .execute(
                  SendMessage.builder()
                      .chatId(m.chatId())
                      .text(m.text())
                      .parseMode(ParseMode.HTML)
                      .replyMarkup(TelegramMarkup.of(m.keyboard()))
                      .build())
              .getMessageId();
      case SEND_PHOTO ->
          client
              .execute(
                  SendPhoto.builder()
                      .chatId(m.chatId())
                      .photo(m.photo().isEmpty() ? upload(m.file()) : new InputFile(m.photo()))
                      .caption(m.text().isEmpty() ? null : m.text())
                      .parseMode(ParseMode.HTML)
                      .replyMarkup(TelegramMarkup.of(m.keyboard()))
                      .build())
              .getMessageId();
      case SEND_DOCUMENT ->
          client
              .execute(
                  SendDocument.builder()
                      .chatId(m.chatId())
                      .document(upload(m.file()))
                      .caption(m.text().isEmpty() ? null : m.text())
                      .parseMode(ParseMode.HTML)
                      .replyMarkup(TelegramMarkup.of(m.keyboard()))
                      .build())
              .getMessageId();
      case EDIT_TEXT -> {
        client.execute(
            EditMessageText.builder()
                .chatId(m.chatId())
                .messageId(Math.toIntExact(target))
                .text(m.text())
                .parseMode(ParseMode.HTML)
                .replyMarkup(TelegramMarkup.inline(m.keyboard()))
                .build());
        yield target;
      }
      case EDIT_KEYBOARD -> {
        client.execute(
            EditMessageReplyMarkup.builder()
                .chatId(m.chatId())
                .messageId(Math.toIntExact(target))
                .replyMarkup(TelegramMarkup.inline(m.keyboard()))
                .build());
        yield target;
      }
      case ANSWER_CALLBACK -> {
        client.execute(
            AnswerCallbackQuery.builder()
                .callbackQueryId(m.target())
                .text(m.text().isEmpty() ? null : m.text())
                .build());
        yield 0;
      }
    };
  }

  // A fresh stream for every attempt: a retry must upload the whole file again.
  private static InputFile upload(OutboundFile file) {
    return new InputFile(new ByteArrayInputStream(file.bytes()), file.name());
  }
}
