package vn.hotline.notify;

import java.util.Objects;

/**
 * One thing to send to Telegram, stored in the outbox before it is sent.
 *
 * @param id unique and derived from what caused it (e.g. the update id and a number), so that doing
 *     the same work twice queues it once
 * @param chatId the chat to send to
 * @param kind what to do
 * @param text the text, HTML (escape what came from people); for a photo, its caption
 * @param keyboard buttons, or {@code null}
 * @param photo for {@link Kind#SEND_PHOTO}: the Telegram file id
 * @param target for edits: the id of the earlier outbox message whose Telegram message is edited,
 *     or {@code #} and the channel's id of a message the outbox did not send itself (the message
 *     whose button was pressed); for {@link Kind#ANSWER_CALLBACK}: the callback query id
 * @param tag a label the sender keeps with the sent message so that it can be found later (e.g. the
 *     card of a ticket in a group), or empty
 */
public record OutboundMessage(
    String id,
    long chatId,
    Kind kind,
    String text,
    Keyboard keyboard,
    String photo,
    String target,
    String tag) {

  /** Telegram's limit for a message text. */
  public static final int MAX_TEXT = 4096;

  /** Telegram's limit for a photo caption. */
  public static final int MAX_CAPTION = 1024;

  /** The Bot API methods the outbox uses. */
  public enum Kind {
    SEND_TEXT,
    SEND_PHOTO,
    EDIT_TEXT,
    EDIT_KEYBOARD,
    ANSWER_CALLBACK;

    /** Whether Telegram's sending limits count it: an answer to a button press is no message. */
    public boolean limited() {
      return this != ANSWER_CALLBACK;
    }
  }

  public OutboundMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    text = text == null ? "" : text;
    photo = photo == null ? "" : photo;
    target = target == null ? "" : target;
    tag = tag == null ? "" : tag;
  }

  /** The target of an edit of the channel's message {@code messageId}. */
  public static String channelMessage(long messageId) {
    return "#" + messageId;
  }

  public static OutboundMessage text(String id, long chatId, String html, Keyboard keyboard) {
    return new OutboundMessage(id, chatId, Kind.SEND_TEXT, html, keyboard, null, null, null);
  }
}
