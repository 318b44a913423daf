package vn.hotline.telegram;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.hotline.notify.ChannelPhotos;

/**
 * Photos through the Bot API: getFile, then the file from {@code /file/bot<token>/<path>} on the
 * configured server (the client library would always ask api.telegram.org); and sendPhoto for an
 * officer's upload, whose largest size's id the ticket keeps. The token is in the file's address:
 * neither the address nor the token is ever logged or shown.
 */
@Singleton
@Requires(property = "hotline.telegram.token", pattern = ".*\\S.*")
final class BotApiPhotos implements ChannelPhotos {
  private static final Logger LOG = LoggerFactory.getLogger(BotApiPhotos.class);

  /** The largest file fetched: the Bot API itself gives bots files of up to 20 MB. */
  static final int MAX_BYTES = 20 * 1024 * 1024;

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final TelegramClient client;
  private final OkHttpClient http;
  private final String fileBase;

  BotApiPhotos(TelegramSettings settings) {
    this.client = TelegramClients.create(settings, TIMEOUT);
    this.http = new OkHttpClient.Builder().callTimeout(TIMEOUT).build();
    String api = settings.apiUrl().replaceAll("/+$", "");
    this.fileBase = api + "/file/bot" + settings.token() + "/";
  }

  @Override
  public Optional<Photo> download(String fileId) {
    try {
      String path = client.execute(new GetFile(fileId)).getFilePath();
      if (path == null || path.isBlank()) {
        return Optional.empty();
      }
      Request request = new Request.Builder().url(fileBase + path).get().build();
      try (Response response = http.newCall(request).execute()) {
        ResponseBody body = response.body();
        if (!response.isSuccessful() || body == null || body.contentLength() > MAX_BYTES) {
          LOG.warn("telegram file not downloaded: status {}", response.code());
          return Optional.empty();
        }
        byte[] bytes = readAtMost(body.byteStream());
        return bytes == null ? Optional.empty() : Optional.of(new Photo(typeOf(bytes), bytes));
      }
    } catch (TelegramApiException | IOException e) {
      LOG.warn("telegram file not downloaded: {}", e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  @Override
  public Optional<String> post(long chatId, Photo photo, String captionHtml) {
    try {
      Message sent =
          client.execute(
              SendPhoto.builder()
                  .chatId(chatId)
                  .photo(new InputFile(new ByteArrayInputStream(photo.bytes()), fileName(photo)))
                  .caption(captionHtml)
                  .parseMode(ParseMode.HTML)
                  .build());
      return sent.getPhoto() == null
          ? Optional.empty()
          : sent.getPhoto().stream()
              .max(Comparator.comparingInt(size -> size.getWidth() * size.getHeight()))
              .map(PhotoSize::getFileId);
    } catch (TelegramApiException e) {
      LOG.warn("photo not posted to telegram: {}", e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  private static byte[] readAtMost(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    return bytes.length > MAX_BYTES ? null : bytes;
  }

  /** The type the bytes show: Telegram keeps photos as JPEG; anything else is served as data. */
  static String typeOf(byte[] bytes) {
    if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
      return "image/jpeg";
    }
    if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N') {
      return "image/png";
    }
    if (bytes.length > 12 && bytes[0] == 'R' && bytes[8] == 'W' && bytes[9] == 'E') {
      return "image/webp";
    }
    return "application/octet-stream";
  }

  private static String fileName(Photo photo) {
    return "image/png".equals(photo.contentType()) ? "photo.png" : "photo.jpg";
  }
}
