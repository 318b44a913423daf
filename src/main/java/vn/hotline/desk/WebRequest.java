package vn.hotline.desk;

import java.util.Optional;

/**
 * What an officer asks of a ticket from the web desk: the same requests as the card's buttons and
 * the commands, carried out by the same use cases. Everything here is as the form sent it, and
 * checked like a typed command.
 */
public sealed interface WebRequest {
  String code();

  record Acknowledge(String code) implements WebRequest {}

  /** How the work goes; {@code photo} is an uploaded photo, or null. */
  record Update(String code, String note, Proof photo) implements WebRequest {}

  /** The result; {@code photo} is an uploaded photo as proof, or null. */
  record Resolve(String code, String note, Proof photo) implements WebRequest {}

  /** {@code unit}: the code of the unit to move the ticket to. */
  record Transfer(String code, String unit) implements WebRequest {}

  /** {@code original}: the code of the ticket this one repeats. */
  record Duplicate(String code, String original) implements WebRequest {}

  /**
   * {@code listed}: one of the reasons the card offers, 1 to 4, or 0 for the officer's own {@code
   * written} reason.
   */
  record Reject(String code, int listed, String written) implements WebRequest {}

  /** {@code officer}: the Telegram id of the officer to hand the ticket to. */
  record Assign(String code, String officer) implements WebRequest {}

  /**
   * A photo the officer uploaded. The ticket keeps the channel's id of a photo, so the desk posts
   * it to the ticket's group once the note is known to be accepted, and keeps the id it gets.
   */
  @FunctionalInterface
  interface Proof {
    /** Posts the photo to {@code chatId}; the channel's id for it, or empty when that failed. */
    Optional<String> post(long chatId, String captionHtml);
  }
}
