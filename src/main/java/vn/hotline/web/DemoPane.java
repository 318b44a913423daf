package vn.hotline.web;

import java.util.List;
import vn.hotline.demo.DemoButton;
import vn.hotline.demo.DemoPerson;

/**
 * One chat of the demo page as its templates show it.
 *
 * @param key the pane's name in element ids: {@code citizen}, {@code commune}, {@code district}
 * @param chatId the Telegram chat id
 * @param title the chat's name
 * @param hint what the chat is for
 * @param players who may be played in it, the one acting now first
 * @param group whether it is a Command Centre group (an officer is chosen to act) or the citizen's
 *     private chat
 * @param lines its messages, oldest first
 * @param keys the texts of the reply keyboard the bot shows the person, row after row
 */
public record DemoPane(
    String key,
    long chatId,
    String title,
    String hint,
    List<DemoPerson> players,
    boolean group,
    List<Line> lines,
    List<List<String>> keys) {

  /**
   * A message as the page shows it.
   *
   * @param html the message's text made safe ({@link vn.hotline.demo.DemoHtml})
   * @param media a line about a photo, file or location; empty for none
   * @param photoUrl where the page loads the photo from; empty for none
   */
  public record Line(
      long messageId,
      String who,
      boolean fromBot,
      String html,
      String media,
      String photoUrl,
      boolean edited,
      List<List<DemoButton>> buttons) {}
}
