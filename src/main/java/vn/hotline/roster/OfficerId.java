package vn.hotline.roster;

/**
 * Who an officer is: their Telegram user id, which is what a button press or a command tells us
 * about them.
 */
public record OfficerId(long value) {

  /** The id as it is stored, put in buttons and shown: its decimal digits. */
  @Override
  public String toString() {
    return Long.toString(value);
  }
}
