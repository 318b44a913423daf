package vn.hotline.desk;

import java.time.Instant;
import org.apache.commons.text.StringEscapeUtils;
import vn.hotline.intake.Inbound;
import vn.hotline.intake.Replies;
import vn.hotline.messages.TextCut;
import vn.hotline.notify.OutboundMessage;

/**
 * One request to the desk: who asked, in which chat, and the replies it causes. A button press is
 * answered with a short notice on the button (Telegram wants every press answered); a command with
 * a message in the chat.
 */
final class Asking {
  private static final int NOTICE_MAX = 190;

  final Inbound.Sender sender;
  final Replies out;
  final Instant at;
  private final String queryId;
  private final long pressedMessageId;
  private final boolean fromWeb;
  private boolean answered;
  private boolean changed;

  Asking(Inbound.Sender sender, Replies out, Instant at, String queryId, long pressedMessageId) {
    this(sender, out, at, queryId, pressedMessageId, false);
  }

  private Asking(
      Inbound.Sender sender,
      Replies out,
      Instant at,
      String queryId,
      long pressedMessageId,
      boolean fromWeb) {
    this.sender = sender;
    this.out = out;
    this.at = at;
    this.queryId = queryId;
    this.pressedMessageId = pressedMessageId;
    this.fromWeb = fromWeb;
  }

  /** A request from the web desk: its replies are shown on the page, not sent. */
  static Asking fromWeb(Inbound.Sender sender, Replies out, Instant at) {
    return new Asking(sender, out, at, null, 0, true);
  }

  boolean fromWeb() {
    return fromWeb;
  }

  /** Notes that the request changed a ticket, as opposed to being refused. */
  void changedTicket() {
    changed = true;
  }

  boolean changed() {
    return changed;
  }

  long userId() {
    return sender.userId();
  }

  long chatId() {
    return sender.chatId();
  }

  boolean byButton() {
    return queryId != null;
  }

  /** The message whose button was pressed, as the target of an edit. */
  String pressedMessage() {
    return OutboundMessage.channelMessage(pressedMessageId);
  }

  /** Tells the asker the outcome: on the button they pressed, or as a message. */
  void tell(String key, Object... args) {
    if (byButton() && !answered) {
      answered = true;
      out.answer(queryId, notice(out.text(key, args)));
    } else {
      out.say(key, args);
    }
  }

  /** Answers a press that has had no answer yet, so that the button stops spinning. */
  void finish() {
    if (byButton() && !answered) {
      answered = true;
      out.answer(queryId, "");
    }
  }

  // A notice on a button is plain text of at most 200 characters.
  static String notice(String html) {
    String plain = StringEscapeUtils.unescapeHtml4(html.replaceAll("<[^>]+>", ""));
    return TextCut.plain(plain, NOTICE_MAX);
  }
}
