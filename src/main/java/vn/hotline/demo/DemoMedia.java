package vn.hotline.demo;

/** What a demo message carries besides its text. */
public sealed interface DemoMedia {

  /** Text only. */
  record None() implements DemoMedia {}

  /** A photo, whose bytes {@code /file/bot<token>/<path>} serves after getFile. */
  record Photo(String fileId) implements DemoMedia {}

  /** A file with its name, e.g. a spreadsheet the bot sends. */
  record Document(String fileId, String fileName) implements DemoMedia {}

  /** A shared location. */
  record Location(double latitude, double longitude) implements DemoMedia {}

  DemoMedia NONE = new None();
}
