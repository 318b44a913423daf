package vn.hotline.publicreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.hotline.notify.ChannelPhotos.Photo;
import vn.hotline.testing.SettableClock;

class HeldPhotosTest {
  final SettableClock clock = new SettableClock(Instant.parse("2021-09-10T08:00:00Z"));

  @Test
  void aPhotoIsKeptForItsFormUntilReleased() {
    HeldPhotos held = new HeldPhotos(clock, 100);
    held.hold("a", photo(10));

    assertThat(held.get("a")).map(Photo::size).contains(10);
    assertThat(held.get("b")).isEmpty();
    held.release("a");
    assertThat(held.get("a")).isEmpty();
    assertThat(held.bytes()).isZero();
  }

  @Test
  void aSecondPhotoOfTheSameFormTakesThePlaceOfTheFirst() {
    HeldPhotos held = new HeldPhotos(clock, 100);
    held.hold("a", photo(10));
    held.hold("a", photo(20));

    assertThat(held.get("a")).map(Photo::size).contains(20);
    assertThat(held.bytes()).isEqualTo(20);
  }

  @Test
  void aPhotoIsForgottenHalfAnHourAfterItCame() {
    HeldPhotos held = new HeldPhotos(clock, 100);
    held.hold("a", photo(10));
    clock.advance(HeldPhotos.KEPT.minus(Duration.ofSeconds(1)));
    assertThat(held.get("a")).isPresent();

    clock.advance(Duration.ofSeconds(1));

    assertThat(held.get("a")).isEmpty();
    assertThat(held.bytes()).isZero();
  }

  @Test
  void theOldestPhotosAreDroppedWhenTheyHoldMoreThanTheLimit() {
    HeldPhotos held = new HeldPhotos(clock, 100);
    held.hold("a", photo(40));
    held.hold("b", photo(40));
    held.hold("c", photo(40));

    assertThat(held.get("a")).isEmpty();
    assertThat(held.get("b")).isPresent();
    assertThat(held.get("c")).isPresent();
    assertThat(held.bytes()).isEqualTo(80);
  }

  static Photo photo(int size) {
    return new Photo("image/jpeg", new byte[size]);
  }
}
