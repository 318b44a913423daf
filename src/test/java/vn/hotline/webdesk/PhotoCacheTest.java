package vn.hotline.webdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hotline.notify.ChannelPhotos;

class PhotoCacheTest {
  final List<String> fetched = new ArrayList<>();

  Optional<ChannelPhotos.Photo> fetch(String fileId) {
    fetched.add(fileId);
    return Optional.of(new ChannelPhotos.Photo("image/jpeg", new byte[40]));
  }

  @Test
  void aPhotoIsFetchedOnceWhileItIsKept() {
    PhotoCache cache = new PhotoCache(100);

    cache.get("a", this::fetch);
    cache.get("a", this::fetch);

    assertThat(fetched).containsExactly("a");
  }

  @Test
  void theLeastRecentlyUsedPhotoGoesFirstWhenTheBytesRunOver() {
    PhotoCache cache = new PhotoCache(100);
    cache.get("a", this::fetch);
    cache.get("b", this::fetch);
    cache.get("a", this::fetch);

    cache.get("c", this::fetch);
    cache.get("a", this::fetch);
    cache.get("b", this::fetch);

    assertThat(fetched).containsExactly("a", "b", "c", "b");
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void aPhotoLargerThanTheCacheIsServedButNotKept() {
    PhotoCache cache = new PhotoCache(10);

    assertThat(cache.get("a", this::fetch)).isPresent();
    cache.get("a", this::fetch);

    assertThat(fetched).containsExactly("a", "a");
    assertThat(cache.size()).isZero();
  }
}
