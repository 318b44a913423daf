package vn.hotline.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import vn.hotline.notify.Delivery.Outcome;

/**
 * Reads Bot API errors as outcomes: what Telegram answered, or what kept the request from an
 * answer.
 */
final class BotApiErrors {
  private BotApiErrors() {}

  /** Telegram answered with an error (or with something that was not an answer). */
  static Outcome outcome(TelegramApiRequestException e, long targetMessageId) {
    int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
    String description = Objects.toString(e.getApiResponse(), "");
    ResponseParameters parameters = e.getParameters();
    if (code == 429) {
      int seconds =
          parameters == null || parameters.getRetryAfter() == null ? 1 : parameters.getRetryAfter();
      return new Outcome.RetryAfter(Duration.ofSeconds(Math.max(1, seconds)));
    }
    if (code == 403
        || description.contains("chat not found")
        || description.contains("user is deactivated")) {
      return new Outcome.Permanent("BLOCKED: " + description);
    }
    if (code == 400 && description.contains("message is not modified")) {
      return new Outcome.Sent(targetMessageId); // the message already reads as wanted
    }
    if (code == 400 && parameters != null && parameters.getMigrateToChatId() != null) {
      return new Outcome.Permanent(
          "MIGRATED to chat " + parameters.getMigrateToChatId() + ": " + description);
    }
    if (code == 400) {
      return new Outcome.Permanent("REJECTED: " + description);
    }
    if (code == 401) {
      return new Outcome.Unauthorised("HTTP 401: " + description);
    }
    if (code == 0) {
      return outcome(e);
    }
    // 5xx, and 404 (a wrong server), which an operator can fix while the message waits.
    return new Outcome.Transient("HTTP " + code + ": " + description);
  }

  /**
   * No answer from Telegram: the client refused the message, or the request failed. A failed
   * request is retried only when it cannot have left this process.
   */
  static Outcome outcome(TelegramApiException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof TelegramApiValidationException invalid) {
        return new Outcome.Permanent("INVALID: " + invalid.getMessage());
      }
      if (neverConnected(cause)) {
        return new Outcome.Transient("NETWORK: " + cause);
      }
      if (cause instanceof JsonProcessingException) {
        // An answer that is not the Bot API's (a proxy's error page): the request never reached it.
        return new Outcome.Transient("BAD_ANSWER: " + cause.getClass().getSimpleName());
      }
      if (cause instanceof IOException || cause instanceof InterruptedException) {
        return new Outcome.Unknown("NETWORK: " + cause);
      }
    }
    return new Outcome.Unknown("ERROR: " + e.getMessage());
  }

  private static boolean neverConnected(Throwable t) {
    return t instanceof ConnectException
        || t instanceof UnknownHostException
        || t instanceof NoRouteToHostException
        || (t instanceof SocketTimeoutException
            && String.valueOf(t.getMessage()).toLowerCase().contains("connect"));
  }
}
