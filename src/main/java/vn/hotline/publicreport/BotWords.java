package vn.hotline.publicreport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hotline.messages.Messages;

/**
 * The bot's own words where the page says the same thing: the examples of its greeting and its
 * advice to call 115. The message files hold them as Telegram HTML; the page shows them as text,
 * which its templates escape, and gives the emphasis itself.
 */
final class BotWords {
  private static final Pattern TAG = Pattern.compile("</?[a-z]+>");
  private static final Pattern EXAMPLE = Pattern.compile("<i>(.+?)</i>");

  private final Messages messages;

  BotWords(Messages messages) {
    this.messages = messages;
  }

  /** The examples of the bot's greeting ({@code start.greeting}): its lines in italics. */
  List<String> examples(Locale locale) {
    Matcher example = EXAMPLE.matcher(messages.text(locale, "start.greeting"));
    List<String> found = new ArrayList<>();
    while (example.find()) {
      found.add(plain(example.group(1)));
    }
    return found;
  }

  /** The advice that comes first when a report reads as urgent ({@code urgent.call115}). */
  String call115(Locale locale) {
    return plain(messages.text(locale, "urgent.call115"));
  }

  static String plain(String telegramHtml) {
    return TAG.matcher(telegramHtml)
        .replaceAll("")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
