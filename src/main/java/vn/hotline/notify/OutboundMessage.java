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
 * @param photo for {@link Kind#SEND_PHOTO}: the Telegram file id, or empty when {@code file} is
 *     uploaded
 * @param target for edits: the id of the earlier outbox message whose Telegram message is edited,
 *     or {@code #} and the channel's id of a message the outbox did not send itself (the message
 *     whose button was pressed); for {@link Kind#ANSWER_CALLBACK}: the callback query id
 * @param tag a label the sender keeps with the sent message so that it can be found later (e.g. the
 *     card of a ticket in a group), or empty
 * @param file for {@link Kind#SEND_DOCUMENT}, and for {@link Kind#SEND_PHOTO} without a file id:
 *     the file the service made, uploaded with the message; otherwise {@code null}
 */
public record OutboundMessage(
    String id,
    long chatId,
    Kind kind,
    String text,
    Keyboard keyboard,
    String photo,
    String target,
    String tag,
    OutboundFile file) {

  /** Telegram's limit for a message text. */
  public static final int MAX_TEXT = 4096;

  /** Telegram's limit for the caption of a photo or a document. */
  public static final int MAX_CAPTION = 1024;

  /** The Bot API methods the outbox uses. */
  public enum Kind {
    SEND_TEXT,
    SEND_PHOTO,
    SEND_DOCUMENT,
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
    if (kind == Kind.SEND_DOCUMENT && file == null) {
      throw new IllegalArgumentException(id + ": a document needs a file");
    }
    if (kind == Kind.SEND_PHOTO && photo.isEmpty() && file == null) {
      throw new IllegalArgumentException(id + ": a photo needs a file id or a file");
    }
  }

  /** A message with no file to upload. */
  public OutboundMessage(
      String id,
      long chatId,
      Kind kind,
      String text,
      Keyboard keyboard,
      String photo,
      String target,
      String tag) {
    this(id, chatId, kind, text, keyboard, photo, target, tag, null);
  }

  /** The target of an edit of the channel's message {@code messageId}. */
  public static String channelMessage(long messageId) {
    return "#" + messageId;
  }

  public static OutboundMessage text(String id, long chatId, String html, Keyboard keyboard) {
    return new OutboundMessage(id, chatId, Kind.SEND_TEXT, html, keyboard, null, null, null);
  }

  /** A photo the service made (a chart, a map), uploaded with a caption in HTML. */
  public static OutboundMessage photoFile(
      String id, long chatId, String captionHtml, OutboundFile file) {
    return new OutboundMessage(
        id, chatId, Kind.SEND_PHOTO, captionHtml, null, null, null, null, requireFile(file));
  }

  /** A document the service made (a spreadsheet), uploaded with a caption in HTML. */
  public static OutboundMessage document(
      String id, long chatId, String captionHtml, OutboundFile file) {
    return new OutboundMessage(
        id, chatId, Kind.SEND_DOCUMENT, captionHtml, null, null, null, null, requireFile(file));
  }

  /** This message with another text, everything else kept. */
  OutboundMessage withText(String newText) {
    return new OutboundMessage(id, chatId, kind, newText, keyboard, photo, target, tag, file);
  }

  private static OutboundFile requireFile(OutboundFile file) {
    return Objects.requireNonNull(file, "file");
  }
}
