package vn.hotline.webdesk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.hotline.notify.ChannelPhotos;

/**
 * The photos fetched from the channel lately, by the channel's file id, least recently used dropped
 * first once they hold more than {@code maxBytes}: a ticket page opened by a whole Command Centre
 * fetches each photo from Telegram once. A file id always names the same bytes, so nothing goes
 * stale.
 */
final class PhotoCache {
  private final long maxBytes;
  private final Map<String, ChannelPhotos.Photo> photos = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  PhotoCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The cached photo, or the one {@code fetch} gives, which is kept when it fits. */
  Optional<ChannelPhotos.Photo> get(
      String fileId, Function<String, Optional<ChannelPhotos.Photo>> fetch) {
    synchronized (this) {
      ChannelPhotos.Photo cached = photos.get(fileId);
      if (cached != null) {
        return Optional.of(cached);
      }
    }
    // Fetched outside the lock: a slow download must not hold up the photos already here.
    Optional<ChannelPhotos.Photo> fetched = fetch.apply(fileId);
    fetched.filter(p -> p.size() <= maxBytes).ifPresent(p -> put(fileId, p));
    return fetched;
  }

  private synchronized void put(String fileId, ChannelPhotos.Photo photo) {
    ChannelPhotos.Photo before = photos.put(fileId, photo);
    bytes += photo.size() - (before == null ? 0 : before.size());
    var oldest = photos.entrySet().iterator();
    while (bytes > maxBytes && oldest.hasNext()) {
      bytes -= oldest.next().getValue().size();
      oldest.remove();
    }
  }

  synchronized int size() {
    return photos.size();
  }
}
