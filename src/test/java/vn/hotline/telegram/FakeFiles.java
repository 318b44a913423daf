package vn.hotline.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * The files the fake Telegram keeps: photos the bot uploaded, under the file ids it answered with,
 * and for any other file id (a citizen's photo in a test update) a small picture made from the id.
 * getFile gives a file's path; the file is then served at {@code /file/bot<token>/<path>}.
 */
final class FakeFiles {
  private static final String PREFIX = "photos/";

  private final Map<String, byte[]> uploaded = new ConcurrentHashMap<>();
  // Paths are made from ids, which may hold any character: the path maps back to the id.
  private final Map<String, String> idOfPath = new ConcurrentHashMap<>();

  void put(String fileId, byte[] bytes) {
    uploaded.put(fileId, bytes.clone());
  }

  /** getFile: the file's path, as Telegram gives it for a download. */
  FakeAnswer getFile(FakeRequest request) {
    String fileId = request.param("file_id");
    if (fileId == null || fileId.isBlank()) {
      return FakeAnswer.error(400, "Bad Request: file_id is empty");
    }
    String path = PREFIX + "file_" + Integer.toHexString(fileId.hashCode()) + ".jpg";
    idOfPath.put(path, fileId);
    ObjectNode file =
        BotApiJson.JSON
            .createObjectNode()
            .put("file_id", fileId)
            .put("file_unique_id", "u" + Integer.toHexString(fileId.hashCode()))
            .put("file_size", bytes(fileId).length)
            .put("file_path", path);
    return FakeAnswer.ok(BotApiJson.ok(file), 0);
  }

  /** The file at {@code path}, as a download gives it; empty for a path getFile never gave. */
  Optional<byte[]> download(String path) {
    return Optional.ofNullable(idOfPath.get(path)).map(this::bytes);
  }

  byte[] bytes(String fileId) {
    byte[] stored = uploaded.get(fileId);
    return stored != null ? stored.clone() : picture(fileId);
  }

  /** A 320 by 240 JPEG whose colour comes from the id: the same id, the same picture. */
  static byte[] picture(String fileId) {
    BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x406080 ^ (fileId.hashCode() & 0x7f7f7f)));
    g.fillRect(0, 0, 320, 240);
    g.setColor(Color.WHITE);
    g.fillOval(110, 70, 100, 100);
    g.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "jpg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
