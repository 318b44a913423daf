package vn.hotline.webdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PhotoUploadTest {
  static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16};
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};

  @Test
  void anEmptyFilePartIsNoPhoto() {
    assertThat(PhotoUpload.of(new byte[0])).isInstanceOf(PhotoUpload.None.class);
    assertThat(PhotoUpload.of(null)).isInstanceOf(PhotoUpload.None.class);
  }

  @Test
  void jpegAndPngAreAcceptedWithTheirTypeToldByTheirBytes() {
    assertThat(((PhotoUpload.Accepted) PhotoUpload.of(JPEG)).photo().contentType())
        .isEqualTo("image/jpeg");
    assertThat(((PhotoUpload.Accepted) PhotoUpload.of(PNG)).photo().contentType())
        .isEqualTo("image/png");
  }

  @Test
  void anythingElseIsRefusedWhateverItsNameSays() {
    byte[] page = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);

    assertThat(PhotoUpload.of(page))
        .isEqualTo(new PhotoUpload.Refused("web.ticket.photoWrongType"));
  }

  @Test
  void aPhotoOverFiveMegabytesIsRefused() {
    byte[] large = new byte[TicketFlash.MAX_PHOTO_BYTES + 1];
    System.arraycopy(JPEG, 0, large, 0, JPEG.length);

    assertThat(PhotoUpload.of(large))
        .isEqualTo(new PhotoUpload.Refused("web.ticket.photoTooLarge"));
  }
}
