package vn.hotline.demo;

import java.util.List;

/**
 * A message as its chat shows it now, edits applied.
 *
 * @param id the message id, counted from 1 in each chat as Telegram does
 * @param from who wrote it: a person, or {@link DemoPerson#BOT}
 * @param html the text (or caption) as HTML: the bot writes HTML, a person's text is escaped
 * @param buttons the inline keyboard under it, row by row; empty for none
 * @param media what it carries besides the text
 * @param edited whether the bot has changed it since it was sent
 */
public record DemoMessage(
    long id,
    DemoPerson from,
    String html,
    List<List<DemoButton>> buttons,
    DemoMedia media,
    boolean edited) {

  public DemoMessage {
    buttons = buttons.stream().map(List::copyOf).toList();
  }

  public boolean fromBot() {
    return from.isBot();
  }

  public boolean photo() {
    return media instanceof DemoMedia.Photo;
  }

  /** The callback data of every button, row after row. */
  public List<String> callbackData() {
    return buttons.stream().flatMap(List::stream).map(DemoButton::callbackData).toList();
  }

  DemoMessage edit(String newHtml, List<List<DemoButton>> newButtons) {
    return new DemoMessage(id, from, newHtml, newButtons, media, true);
  }
}
