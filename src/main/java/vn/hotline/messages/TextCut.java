package vn.hotline.messages;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts texts to Telegram's limits, the one way every text is shortened: before it is escaped (a
 * person's note on a card), when a reply is built, and in the sender as the last line of defence.
 * An ellipsis shows the cut, and the result, ellipsis and closing tags included, is never longer
 * than the limit.
 *
 * <p>Lengths are counted as Telegram counts them, in UTF-16 units, and on the HTML itself, which is
 * never shorter than the text Telegram counts after parsing it: a cut text always fits. A cut never
 * falls between the halves of a surrogate pair (an emoji), inside a tag or inside an entity such as
 * {@code &amp;}, and the tags left open by the cut are closed again, so that Telegram does not
 * refuse the message as malformed HTML.
 */
public final class TextCut {
  private static final String ELLIPSIS = "…";
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
  private static final Pattern TAG_NAME = Pattern.compile("</?\\s*([a-zA-Z][a-zA-Z0-9-]*)");

  private TextCut() {}

  /**
   * {@code html} (Telegram's HTML parse mode) cut to at most {@code max} UTF-16 units with its open
   * tags closed, or itself when it fits.
   */
  public static String html(String html, int max) {
    if (html == null) {
      return "";
    }
    if (html.length() <= max) {
      return html;
    }
    Deque<String> open = new ArrayDeque<>();
    Matcher entity = ENTITY.matcher(html);
    int cut = 0;
    String ending = ELLIPSIS;
    int at = 0;
    while (at < max) {
      int next = endOfToken(html, at, entity);
      if (html.charAt(at) == '<') {
        track(open, html.substring(at, next));
      }
      at = next;
      String closing = ELLIPSIS + closingTags(open);
      if (at + closing.length() <= max) {
        cut = at;
        ending = closing;
      }
    }
    return html.substring(0, cut) + ending;
  }

  /**
   * Plain {@code text} cut to at most {@code max} UTF-16 units, or itself when it fits; none is
   * empty. For a text that is escaped afterwards, or shown without parsing (a notice on a button).
   */
  public static String plain(String text, int max) {
    if (text == null) {
      return "";
    }
    if (text.length() <= max) {
      return text;
    }
    int cut = max - ELLIPSIS.length();
    if (cut > 0 && Character.isLowSurrogate(text.charAt(cut))) {
      cut--;
    }
    return text.substring(0, Math.max(cut, 0)) + ELLIPSIS;
  }

  // A tag, an entity or one code point: the pieces a cut must not split.
  private static int endOfToken(String html, int at, Matcher entity) {
    char c = html.charAt(at);
    if (c == '<') {
      int close = html.indexOf('>', at);
      return close < 0 ? html.length() : close + 1;
    }
    if (c == '&' && entity.region(at, html.length()).lookingAt()) {
      return entity.end();
    }
    return at + Character.charCount(html.codePointAt(at));
  }

  private static void track(Deque<String> open, String tag) {
    Matcher name = TAG_NAME.matcher(tag);
    if (!name.lookingAt() || tag.endsWith("/>")) {
      return;
    }
    String tagName = name.group(1).toLowerCase();
    if (!tag.startsWith("</")) {
      open.push(tagName);
    } else if (open.contains(tagName)) {
      // Closes everything opened inside it too; a close without an open tag changes nothing.
      String closed;
      do {
        closed = open.pop();
      } while (!closed.equals(tagName));
    }
  }

  private static String closingTags(Deque<String> open) {
    StringBuilder closing = new StringBuilder();
    open.forEach(name -> closing.append("</").append(name).append('>'));
    return closing.toString();
  }
}
