package vn.hotline.webdesk;

import java.util.Optional;
import vn.hotline.desk.WebRequest;
import vn.hotline.notify.ChannelPhotos;

/**
 * A photo an officer attached to an update or a result: a JPEG or a PNG of at most {@link
 * TicketFlash#MAX_PHOTO_BYTES}, told by its bytes, not by the name or type the browser gave. It
 * becomes the desk's proof, posted to Telegram when the desk accepts the note.
 */
sealed interface PhotoUpload {

  /** No photo came with the form: browsers send an empty part for a file input left empty. */
  record None() implements PhotoUpload {}

  record Accepted(ChannelPhotos.Photo photo) implements PhotoUpload {
    WebRequest.Proof proof(Optional<ChannelPhotos> channel) {
      return (chat, caption) -> channel.flatMap(c -> c.post(chat, photo, caption));
    }
  }

  /** Refused; {@code messageKey} tells the officer why. */
  record Refused(String messageKey) implements PhotoUpload {}

  static PhotoUpload of(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return new None();
    }
    if (bytes.length > TicketFlash.MAX_PHOTO_BYTES) {
      return new Refused("web.ticket.photoTooLarge");
    }
    return ChannelPhotos.Photo.image(bytes)
        .<PhotoUpload>map(Accepted::new)
        .orElse(new Refused("web.ticket.photoWrongType"));
  }
}
