package vn.hotline.desk;

import java.time.Instant;
import vn.hotline.ticket.TicketCode;

/**
 * The bot asked an officer for a note (an update or a result) and waits for their next message in
 * that chat.
 *
 * @param action what the note is for
 * @param code the ticket's code
 * @param askedAt when the bot asked; an old question is forgotten
 * @param photo a photo the officer sent before the note, to go with it, or empty
 */
public record Prompt(Action action, TicketCode code, Instant askedAt, String photo) {

  public Prompt {
    photo = photo == null ? "" : photo;
  }

  Prompt withPhoto(String fileId) {
    return new Prompt(action, code, askedAt, fileId);
  }

  /** What the awaited note is for. */
  public enum Action {
    UPDATE,
    RESOLVE
  }
}
