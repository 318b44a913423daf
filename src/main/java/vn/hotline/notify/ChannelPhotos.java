package vn.hotline.notify;

import java.util.Optional;

/**
 * Photos the channel keeps: citizens' photos and officers' proofs are held by Telegram, and the
 * tickets keep only their ids. The web desk shows them through the server (the browser never sees
 * the bot's token) and posts the photos officers upload, to get an id the citizen's notice can use.
 */
public interface ChannelPhotos {

  /** The photo with the channel's id {@code fileId}, or empty when the channel cannot give it. */
  Optional<Photo> download(String fileId);

  /**
   * Posts {@code photo} to {@code chatId} with a caption (HTML); the channel's id of the photo as
   * posted, or empty when the channel refused it or could not be reached.
   */
  Optional<String> post(long chatId, Photo photo, String captionHtml);

  /** A photo's bytes and type ({@code image/jpeg}, {@code image/png}). */
  record Photo(String contentType, byte[] bytes) {
    public Photo {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    public int size() {
      return bytes.length;
    }

    /**
     * The photo these bytes make when they are a JPEG or a PNG, told by their first bytes rather
     * than by the name or type a browser gave; empty for anything else.
     */
    public static Optional<Photo> image(byte[] bytes) {
      return typeOf(bytes).map(type -> new Photo(type, bytes));
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
}
