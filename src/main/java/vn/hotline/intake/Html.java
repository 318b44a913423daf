package vn.hotline.intake;

import java.util.Arrays;
import java.util.Map;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * Escapes text from people for Telegram's HTML parse mode. Only {@code < > & "} are escaped:
 * Telegram knows no other named entities, and Vietnamese letters must stay as they are.
 */
public final class Html {
  private static final CharSequenceTranslator ESCAPE =
      new LookupTranslator(Map.of("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;"));

  private Html() {}

  public static String escape(String text) {
    return text == null ? "" : ESCAPE.translate(text);
  }

  /** Message arguments with the texts among them escaped; numbers and the like stay as they are. */
  public static Object[] escapeArguments(Object... args) {
    return Arrays.stream(args).map(a -> a instanceof String s ? escape(s) : a).toArray();
  }
}
