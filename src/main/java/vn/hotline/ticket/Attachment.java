package vn.hotline.ticket;

/**
 * A file that goes with a ticket, held by the channel (Telegram keeps photos; we keep their ids),
 * or a link a partner system gave.
 *
 * @param kind what it is: {@link #PHOTO} or {@link #MEDIA_URL}
 * @param ref the channel's id for the file, or the link
 * @param byOfficer whether an officer attached it (proof of a resolution) rather than the citizen
 */
public record Attachment(String kind, String ref, boolean byOfficer) {
  /** A photo the channel holds, by the channel's file id. */
  public static final String PHOTO = "photo";

  /**
   * A link to media an Open311 partner gave ({@code media_url}): never a channel's file, so never
   * sent on as a photo nor fetched through the web desk.
   */
  public static final String MEDIA_URL = "media_url";

  /** Whether the channel holds it as a photo, to be shown or sent on by its file id. */
  public boolean isPhoto() {
    return PHOTO.equals(kind);
  }
}
