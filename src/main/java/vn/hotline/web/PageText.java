package vn.hotline.web;

import java.util.Locale;
import vn.hotline.messages.Messages;

/**
 * The words of a page in the viewer's language, from the same message files as the bot's replies,
 * so that an officer reads the same words on Telegram and on the web.
 */
public record PageText(Messages messages, Locale locale) {

  public String t(String key, Object... args) {
    return messages.text(locale, key, args);
  }

  /** The language's code for {@code <html lang>}: {@code vi} or {@code en}. */
  public String lang() {
    return locale.getLanguage();
  }

  /** The other language, offered by the switch in the header. */
  public Locale other() {
    return Languages.isEnglish(locale) ? Messages.VIETNAMESE : Messages.ENGLISH;
  }
}
