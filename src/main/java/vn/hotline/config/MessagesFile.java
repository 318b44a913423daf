package vn.hotline.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.hotline.messages.Messages;

/**
 * Reads the texts of {@code messages_vi.properties} and {@code messages_en.properties}. Both files
 * must hold the same keys: a text missing in one language stops start-up rather than showing a key
 * to a citizen.
 */
final class MessagesFile {
  private MessagesFile() {}

  static Messages read(Path dir) {
    Map<String, String> vi = file(dir, "messages_vi.properties");
    Map<String, String> en = file(dir, "messages_en.properties");
    requireSameKeys(vi, en, "messages_en.properties");
    requireSameKeys(en, vi, "messages_vi.properties");
    return Messages.of(vi, en);
  }

  private static void requireSameKeys(
      Map<String, String> from, Map<String, String> in, String inFile) {
    Set<String> missing = new TreeSet<>(from.keySet());
    missing.removeAll(in.keySet());
    if (!missing.isEmpty()) {
      throw new ConfigException(
          inFile
              + ": missing message key "
              + missing.iterator().next()
              + (missing.size() > 1 ? " (and " + (missing.size() - 1) + " more)" : ""));
    }
  }

  private static Map<String, String> file(Path dir, String name) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (NoSuchFileException e) {
      throw new ConfigException(name + ": file not found");
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException(name + ": cannot be read: " + e.getMessage(), e);
    }
    Map<String, String> texts = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      String text = properties.getProperty(key).strip();
      if (text.isEmpty()) {
        throw new ConfigException(name + ": message " + key + " is empty");
      }
      validatePattern(name, key, text);
      texts.put(key, text);
    }
    return texts;
  }

  private static void validatePattern(String file, String key, String text) {
    try {
      new MessageFormat(text);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          file + ": message " + key + " is not a valid pattern: " + e.getMessage());
    }
  }
}
