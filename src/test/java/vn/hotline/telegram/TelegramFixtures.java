package vn.hotline.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Real Telegram update JSON under {@code src/test/resources/telegram/}, for the fake's getUpdates
 * and for posting to the webhook. The chats in them: Lan (6123457001, Vietnamese), Minh
 * (6123457002, writes without diacritics), John (6123457003, English) and the Command Centre group
 * of Tân Thành (-1001987654321).
 */
public final class TelegramFixtures {
  /** A private text report with diacritics. */
  public static final String TEXT_WITH_DIACRITICS = "private_text_diacritics";

  /** A private text report typed without diacritics. */
  public static final String TEXT_WITHOUT_DIACRITICS = "private_text_no_diacritics";

  /** A photo with a caption. */
  public static final String PHOTO_WITH_CAPTION = "private_photo_caption";

  /** A shared location, in reply to the bot's question. */
  public static final String LOCATION = "private_location";

  /** A shared phone number. */
  public static final String CONTACT = "private_contact";

  /** A press of an inline button choosing a commune. */
  public static final String CALLBACK_QUERY = "callback_query";

  /** A command addressed to the bot in a group ({@code /status@hotline1022_bot PN-4K7Q}). */
  public static final String GROUP_COMMAND = "group_command";

  /** {@code /start} from a user whose Telegram is in English. */
  public static final String START_IN_ENGLISH = "private_command_start_en";

  private TelegramFixtures() {}

  /** The JSON of fixture {@code name}. */
  public static String read(String name) {
    try (InputStream in =
        TelegramFixtures.class.getResourceAsStream("/telegram/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture telegram/" + name + ".json");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
