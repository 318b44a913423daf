package vn.hotline.notify;

import vn.hotline.messages.TextCut;

/**
 * Keeps texts within Telegram's limit for their kind of message, the sender's last line of defence
 * (callers should shorten before rendering): {@link TextCut} cuts them.
 */
final class TextLimit {
  /** Telegram's limit for the text of a callback answer (plain text). */
  static final int MAX_CALLBACK_TEXT = 200;

  private TextLimit() {}

  /** {@code message} with its text cut to the limit of its kind, or itself when it fits. */
  static OutboundMessage fit(OutboundMessage message) {
    String text =
        switch (message.kind()) {
          case SEND_TEXT, EDIT_TEXT -> TextCut.html(message.text(), OutboundMessage.MAX_TEXT);
          case SEND_PHOTO, SEND_DOCUMENT ->
              TextCut.html(message.text(), OutboundMessage.MAX_CAPTION);
          case ANSWER_CALLBACK -> TextCut.plain(message.text(), MAX_CALLBACK_TEXT);
          case EDIT_KEYBOARD -> message.text();
        };
    return text.equals(message.text()) ? message : message.withText(text);
  }
}
