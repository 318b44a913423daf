package vn.hotline.notify;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps texts within Telegram's limits, the sender's last line of defence (callers should shorten
 * before rendering). An HTML text is cut between tags and entities, never inside one, its open tags
 * are closed again, and an ellipsis shows the cut. Lengths are counted in UTF-16 units on the HTML
 * itself, which is never shorter than the text Telegram counts after parsing it.
 */
final class TextLimit {
  /** Telegram's limit for the text of a callback answer (plain text). */
  static final int MAX_CALLBACK_TEXT = 200;

  private static final String ELLIPSIS = "…";
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
  private static final Pattern TAG_NAME = Pattern.compile("</?\\s*([a-zA-Z][a-zA-Z0-9-]*)");

  private TextLimit() {}

  /** {@code message} with its text cut to the limit of its kind, or itself when it fits. */
  static OutboundMessage fit(OutboundMessage message) {
    String text =
        switch (message.kind()) {
          case SEND_TEXT, EDIT_TEXT -> html(message.text(), OutboundMessage.MAX_TEXT);
          case SEND_PHOTO, SEND_DOCUMENT -> html(message.text(), OutboundMessage.MAX_CAPTION);
          case ANSWER_CALLBACK -> plain(message.text(), MAX_CALLBACK_TEXT);
          case EDIT_KEYBOARD -> message.text();
        };
    return text.equals(message.text()) ? message : message.withText(text);
  }

  /** {@code html} cut to at most {@code max} units, with open tags closed. */
  static String html(String html, int max) {
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
   * {@code text} cut to at most {@code max} units, never between the halves of a surrogate pair.
   */
  static String plain(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = max - ELLIPSIS.length();
    if (Character.isLowSurrogate(text.charAt(cut))) {
      cut--;
    }
    return text.substring(0, cut) + ELLIPSIS;
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
