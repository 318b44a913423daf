package vn.hotline.publicreport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.hotline.notify.ChannelPhotos.Photo;

/**
 * Photos sent with a report whose place or kind the citizen is still choosing, by the form's token:
 * a browser cannot send a chosen file again from a page the server made. They are kept in memory
 * only, at most {@link #MAX_BYTES} together and {@link #KEPT} each, the oldest dropped first. A
 * restart between two steps loses the photo, not the report: nothing was acknowledged yet, and the
 * result page says the photo was not received.
 */
final class HeldPhotos {
  static final long MAX_BYTES = 32L * 1024 * 1024;
  static final Duration KEPT = Duration.ofMinutes(30);

  private final Clock clock;
  private final long maxBytes;
  // In the order they were held: the first is the oldest.
  private final Map<String, Held> photos = new LinkedHashMap<>();
  private long bytes;

  HeldPhotos(Clock clock, long maxBytes) {
    this.clock = clock;
    this.maxBytes = maxBytes;
  }

  private record Held(Photo photo, Instant until) {}

  /** Keeps {@code photo} for the form {@code token}, in place of any photo it sent before. */
  synchronized void hold(String token, Photo photo) {
    release(token);
    photos.put(token, new Held(photo, clock.instant().plus(KEPT)));
    bytes += photo.size();
    dropExpiredAndOldest();
  }

  /** The photo the form {@code token} sent and that is still kept. */
  synchronized Optional<Photo> get(String token) {
    dropExpiredAndOldest();
    return Optional.ofNullable(photos.get(token)).map(Held::photo);
  }

  /** Forgets the photo of the form {@code token}: it went with the report. */
  synchronized void release(String token) {
    Held gone = photos.remove(token);
    if (gone != null) {
      bytes -= gone.photo().size();
    }
  }

  synchronized long bytes() {
    return bytes;
  }

  private void dropExpiredAndOldest() {
    Instant now = clock.instant();
    Iterator<Held> oldest = photos.values().iterator();
    while (oldest.hasNext()) {
      Held held = oldest.next();
      if (bytes <= maxBytes && held.until().isAfter(now)) {
        return;
      }
      bytes -= held.photo().size();
      oldest.remove();
    }
  }
}
