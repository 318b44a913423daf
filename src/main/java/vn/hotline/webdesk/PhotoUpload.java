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
    return typeOf(bytes)
        .<PhotoUpload>map(type -> new Accepted(new ChannelPhotos.Photo(type, bytes)))
        .orElse(new Refused("web.ticket.photoWrongType"));
  }

  private static Optional<String> typeOf(byte[] b) {
    if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return Optional.of("image/jpeg");
    }
    boolean png =
        b.length > 8
            && (b[0] & 0xff) == 0x89
            && b[1] == 'P'
            && b[2] == 'N'
            && b[3] == 'G'
            && b[4] == '\r'
            && b[5] == '\n';
    return png ? Optional.of("image/png") : Optional.empty();
  }
}
