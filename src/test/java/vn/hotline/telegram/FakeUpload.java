package vn.hotline.telegram;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A file part of a multipart request the fake received, as the client uploaded it.
 *
 * @param fileName the part's {@code filename}
 * @param bytes the content
 */
public record FakeUpload(String fileName, byte[] bytes) {
  public FakeUpload {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }

  /** The SHA-256 of the content in hex, to compare with what was queued. */
  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FakeUpload upload
        && fileName.equals(upload.fileName)
        && Arrays.equals(bytes, upload.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * fileName.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "FakeUpload[" + fileName + ", " + bytes.length + " bytes, sha256 " + sha256() + "]";
  }
}
