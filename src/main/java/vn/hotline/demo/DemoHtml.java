package vn.hotline.demo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML of a chat message made safe to put in a page: the subset Telegram renders (bold, italic,
 * underline, strike-through, code, pre, quotes, and links to http or https) is kept, without
 * attributes but a link's address; any other tag, attribute or stray character is shown as text,
 * and every tag left open is closed. A message is never inserted as it came.
 */
public final class DemoHtml {
  private static final Set<String> PLAIN_TAGS =
      Set.of(
          "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "blockquote");
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)([^<>]*)>");
  private static final Pattern HREF =
      Pattern.compile("\\s+href\\s*=\\s*\"(https?://[^\"<>\\s]+)\"\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern OTHER_HREF =
      Pattern.compile("\\s+href\\s*=\\s*\"[^\"<>]*\"\\s*", Pattern.CASE_INSENSITIVE);
  private static final String UNLINKED = "~";
  private static final Pattern ENTITY =
      Pattern.compile("&(?:lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});");

  private DemoHtml() {}

  public static String safe(String html) {
    StringBuilder out = new StringBuilder(html.length() + 16);
    Deque<String> open = new ArrayDeque<>();
    Matcher tag = TAG.matcher(html);
    Matcher entity = ENTITY.matcher(html);
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<' && tag.region(i, html.length()).lookingAt() && keep(tag, out, open)) {
        i = tag.end();
      } else if (c == '&' && entity.region(i, html.length()).lookingAt()) {
        out.append(entity.group());
        i = entity.end();
      } else {
        out.append(escape(c));
        i++;
      }
    }
    while (!open.isEmpty()) {
      out.append("</").append(open.pop()).append('>');
    }
    return out.toString();
  }

  /** Writes the tag if it is one Telegram renders and says whether it did. */
  private static boolean keep(Matcher tag, StringBuilder out, Deque<String> open) {
    String name = tag.group(2).toLowerCase(Locale.ROOT);
    String attributes = tag.group(3);
    if (!tag.group(1).isEmpty()) {
      String opened =
          open.stream()
              .filter(o -> o.equals(name) || o.equals(UNLINKED + name))
              .findFirst()
              .orElse(null);
      if (opened == null || !attributes.isBlank()) {
        return false;
      }
      String closed;
      do {
        closed = open.pop();
        if (!closed.startsWith(UNLINKED)) {
          out.append("</").append(closed).append('>');
        }
      } while (!closed.equals(opened));
      return true;
    }
    if (PLAIN_TAGS.contains(name) && attributes.isBlank()) {
      out.append('<').append(name).append('>');
      open.push(name);
      return true;
    }
    Matcher href = HREF.matcher(attributes);
    if (name.equals("a") && href.matches()) {
      out.append("<a href=\"")
          .append(ampersands(href.group(1)))
          .append("\" rel=\"noopener noreferrer\">");
      open.push(name);
      return true;
    }
    if (name.equals("a") && OTHER_HREF.matcher(attributes).matches()) {
      // A mention (tg://user?id=…) or another address a page cannot open: its text stays.
      open.push(UNLINKED + name);
      return true;
    }
    return false;
  }

  /** Escapes each {@code &} of an address that does not start an entity already. */
  private static String ampersands(String address) {
    StringBuilder out = new StringBuilder(address.length());
    Matcher entity = ENTITY.matcher(address);
    for (int i = 0; i < address.length(); i++) {
      boolean bare = address.charAt(i) == '&' && !entity.region(i, address.length()).lookingAt();
      out.append(bare ? "&amp;" : String.valueOf(address.charAt(i)));
    }
    return out.toString();
  }

  private static String escape(char c) {
    return switch (c) {
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '&' -> "&amp;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> String.valueOf(c);
    };
  }
}
