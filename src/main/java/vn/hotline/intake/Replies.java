package vn.hotline.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.hotline.messages.Messages;
import vn.hotline.messages.TextCut;
import vn.hotline.notify.Keyboard;
import vn.hotline.notify.OutboundMessage;

/**
 * The messages one update causes, in order, with ids derived from the update: handling the same
 * update again queues nothing new. Texts come from the message files; arguments are escaped.
 */
public final class Replies {
  private final Messages messages;
  private final String idPrefix;
  private final List<OutboundMessage> out = new ArrayList<>();
  private final long chatId;
  private Locale locale;

  public Replies(Messages messages, long updateId, long chatId, String language) {
    this(messages, "in:" + updateId, chatId, language);
  }

  private Replies(Messages messages, String idPrefix, long chatId, String language) {
    this.messages = messages;
    this.idPrefix = idPrefix;
    this.chatId = chatId;
    this.locale = Locale.of(language);
  }

  /**
   * The messages that filing the draft started by update {@code origin} causes when the citizen
   * left it unsettled: ids of their own, apart from the replies to the update itself.
   */
  static Replies forDueDraft(Messages messages, long origin, long chatId, String language) {
    return new Replies(messages, "due:" + origin, chatId, language);
  }

  public void speak(String language) {
    this.locale = Locale.of(language);
  }

  public Locale locale() {
    return locale;
  }

  /** The text of {@code key} with escaped arguments, for building a longer message. */
  public String text(String key, Object... args) {
    return messages.text(locale, key, Html.escapeArguments(args));
  }

  public Replies say(String key, Object... args) {
    return send(text(key, args), null);
  }

  public Replies say(Keyboard keyboard, String key, Object... args) {
    return send(text(key, args), keyboard);
  }

  /** Sends HTML already built from {@link #text}; cut to Telegram's limit. */
  public Replies send(String html, Keyboard keyboard) {
    String fitting = TextCut.html(html, OutboundMessage.MAX_TEXT);
    out.add(OutboundMessage.text(nextId(), chatId, fitting, keyboard));
    return this;
  }

  /** Answers a button press, so that the person's client stops showing it as pending. */
  public Replies answer(String queryId, String notice) {
    out.add(
        new OutboundMessage(
            nextId(),
            chatId,
            OutboundMessage.Kind.ANSWER_CALLBACK,
            notice,
            null,
            null,
            queryId,
            null));
    return this;
  }

  /** Replaces the buttons of an earlier message ({@code target}: see {@link OutboundMessage}). */
  public Replies editKeyboard(String target, Keyboard keyboard) {
    out.add(
        new OutboundMessage(
            nextId(),
            chatId,
            OutboundMessage.Kind.EDIT_KEYBOARD,
            "",
            keyboard,
            null,
            target,
            null));
    return this;
  }

  public long chatId() {
    return chatId;
  }

  /**
   * Queues a message to another chat (a group told on behalf of the asker), with an id derived from
   * the update like every reply.
   */
  public Replies sendTo(long otherChat, String html, Keyboard keyboard) {
    out.add(OutboundMessage.text(nextId(), otherChat, html, keyboard));
    return this;
  }

  /** Queues a message made with the next reply id: a photo, a document. */
  public Replies add(java.util.function.Function<String, OutboundMessage> withId) {
    out.add(withId.apply(nextId()));
    return this;
  }

  private String nextId() {
    return idPrefix + ":" + out.size();
  }

  public List<OutboundMessage> messages() {
    return List.copyOf(out);
  }
}
