package vn.hotline.notify;

/**
 * A button under a message. Exactly one of the actions is set: {@code callbackData} for an inline
 * button (at most 64 bytes), or a request for the person's location or phone number on a keyboard
 * button; a keyboard button with neither simply sends its text.
 */
public record Button(
    String text, String callbackData, boolean requestLocation, boolean requestContact) {

  public static Button callback(String text, String data) {
    return new Button(text, data, false, false);
  }

  public static Button sendsText(String text) {
    return new Button(text, null, false, false);
  }

  public static Button requestLocation(String text) {
    return new Button(text, null, true, false);
  }

  public static Button requestContact(String text) {
    return new Button(text, null, false, true);
  }
}
