package vn.hotline.telegram;

import java.net.URI;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Builds TelegramBots clients that talk to the configured Bot API server. */
public final class TelegramClients {
  private TelegramClients() {}

  /**
   * A client whose calls give up after {@code readTimeout}: short for sending, longer than the poll
   * timeout for getUpdates.
   */
  public static TelegramClient create(TelegramSettings settings, Duration readTimeout) {
    URI api = settings.apiUri();
    int port = api.getPort() != -1 ? api.getPort() : "https".equals(api.getScheme()) ? 443 : 80;
    OkHttpClient http =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(readTimeout)
            .writeTimeout(Duration.ofSeconds(30))
            .build();
    return new OkHttpTelegramClient(
        http, settings.token(), new TelegramUrl(api.getScheme(), api.getHost(), port, false));
  }
}
