package vn.hotline.notify;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A file the service made (a chart, a spreadsheet) to upload with an outbox message. Two files are
 * equal when their names and bytes are, so that a message read back from the outbox equals the one
 * queued.
 *
 * @param name the file name the chat shows, with its extension (e.g. {@code report.xlsx})
 * @param bytes the content, at most {@link #MAX_BYTES}
 */
public record OutboundFile(String name, byte[] bytes) {
  /**
   * The largest file the outbox takes: Telegram's limit for an uploaded photo, well under MongoDB's
   * 16 MB per document, which holds the file with its message.
   */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  public OutboundFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a file needs a name");
    }
    if (bytes.length > MAX_BYTES) {
      throw new IllegalArgumentException(
          name + " has " + bytes.length + " bytes, more than " + MAX_BYTES);
    }
    bytes = bytes.clone();
  }

  /** A copy of the content: the file stays as it was queued. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OutboundFile file
        && name.equals(file.name)
        && Arrays.equals(bytes, file.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(bytes);
  }

  // The bytes would flood logs; their size and first bytes tell files apart.
  @Override
  public String toString() {
    return "OutboundFile["
        + name
        + ", "
        + bytes.length
        + " bytes, "
        + HexFormat.of().formatHex(bytes, 0, Math.min(8, bytes.length))
        + "…]";
  }
}
