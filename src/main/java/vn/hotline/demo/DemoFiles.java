package vn.hotline.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The files of the demo's chats, as Telegram keeps them: each under a file id that sends can reuse,
 * and a path that getFile gives and {@code /file/bot<token>/<path>} serves. A photo sent by a file
 * id the stand-in never made (one kept from an earlier run) gets a placeholder image.
 */
final class DemoFiles {
  private final Map<String, StoredFile> byId = new HashMap<>();
  private final Map<String, StoredFile> byPath = new HashMap<>();
  private byte[] placeholder;

  /** A file with its id, its download path, its name and content. */
  record StoredFile(String fileId, String path, String fileName, byte[] bytes) {
    String uniqueId() {
      return "u" + fileId;
    }
  }

  /** Keeps a file under a new id. */
  synchronized StoredFile store(String fileName, byte[] bytes, boolean photo) {
    String id = "DEMO" + (byId.size() + 1);
    String path = (photo ? "photos/" : "documents/") + id + "-" + safe(fileName);
    StoredFile file = new StoredFile(id, path, fileName, bytes.clone());
    byId.put(id, file);
    byPath.put(path, file);
    return file;
  }

  synchronized Optional<StoredFile> byId(String fileId) {
    return Optional.ofNullable(byId.get(fileId));
  }

  synchronized Optional<StoredFile> byPath(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  /** The photo kept under {@code fileId}; for an id the stand-in never made, a placeholder. */
  synchronized StoredFile photo(String fileId) {
    StoredFile known = byId.get(fileId);
    if (known != null) {
      return known;
    }
    StoredFile stand =
        new StoredFile(fileId, "photos/" + safe(fileId) + ".png", "photo.png", image());
    byId.put(fileId, stand);
    byPath.put(stand.path(), stand);
    return stand;
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private byte[] image() {
    if (placeholder == null) {
      BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.setColor(new Color(0xDDE3EA));
      g.fillRect(0, 0, 320, 240);
      // A sun over two hills, drawn without fonts, which a slim server image may lack.
      g.setColor(new Color(0xF2C14E));
      g.fillOval(210, 40, 60, 60);
      g.setColor(new Color(0x6B8F71));
      g.fillPolygon(new int[] {0, 110, 220}, new int[] {240, 110, 240}, 3);
      g.setColor(new Color(0x4F6D55));
      g.fillPolygon(new int[] {120, 230, 320, 320}, new int[] {240, 130, 200, 240}, 4);
      g.dispose();
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      try {
        ImageIO.write(image, "png", png);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      placeholder = png.toByteArray();
    }
    return placeholder.clone();
  }
}
