package vn.hotline.demo;

/**
 * Someone in a demo chat: a person the page plays, or the bot itself.
 *
 * @param id the Telegram user id (for a citizen also the id of their private chat with the bot)
 * @param name the first name Telegram shows
 * @param language the Telegram app's language code, which the bot answers in
 */
public record DemoPerson(long id, String name, String language) {
  /** The bot, as getMe gives it; its id is the number before the colon of the demo token. */
  public static final DemoPerson BOT = new DemoPerson(1_022_000_000L, "Đường dây nóng 1022", "vi");

  public boolean isBot() {
    return id == BOT.id;
  }
}
