package vn.hotline.publicreport;

import java.util.function.Supplier;
import vn.hotline.notify.ChannelPhotos.Photo;

/**
 * The photo part of the report form: none (browsers send an empty part for a file input left
 * empty), a JPEG or PNG of at most 5 MB told by its bytes, or refused with the reason.
 */
sealed interface PhotoPart {
  record None() implements PhotoPart {}

  record Accepted(Photo photo) implements PhotoPart {}

  /** Refused; {@code messageKey} tells the citizen why. */
  record Refused(String messageKey) implements PhotoPart {}

  /** The part of {@code size} bytes, whose bytes {@code bytes} gives only when it may be read. */
  static PhotoPart of(long size, Supplier<byte[]> bytes) {
    if (size <= 0) {
      return new None();
    }
    if (size > ReportForm.MAX_PHOTO_BYTES) {
      return new Refused("public.photoTooLarge");
    }
    return Photo.image(bytes.get())
        .<PhotoPart>map(Accepted::new)
        .orElse(new Refused("public.photoWrongType"));
  }
}
