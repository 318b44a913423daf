package vn.hotline.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists of Vietnamese and English shipped in the jar beside this class: chat
 * abbreviations, danger signs, the words around place names. They describe the languages, not a
 * deployment, so they are not in {@code bot-config/}.
 */
final class LanguageData {
  private LanguageData() {}

  /** The lines of a tab-separated list, split; blank lines and {@code #} comments skipped. */
  static List<String[]> rows(String name) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(name)) {
      rows.add(line.split("\t"));
    }
    return rows;
  }

  /** The lines of a list in {@code [section]}s, by section, in file order. */
  static Map<String, List<String>> sections(String name) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : lines(name)) {
      if (line.startsWith("[") && line.endsWith("]")) {
        current =
            sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
      } else if (current == null) {
        throw new IllegalStateException(name + ": a line before the first [section]: " + line);
      } else {
        current.add(line);
      }
    }
    return sections;
  }

  private static List<String> lines(String name) {
    InputStream in = LanguageData.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "missing resource " + name + " beside " + LanguageData.class.getName());
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(trimmed);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
