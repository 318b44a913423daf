package vn.hotline.triage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.hotline.category.Categories;
import vn.hotline.config.ConfigException;

/**
 * The labelled reports the classifier learns from: {@code CATEGORY<TAB>text} a line, {@code #}
 * comments, in {@code bot-config/triage-corpus.tsv} and the optional {@code
 * triage-corpus-extra.tsv}.
 */
final class Corpus {
  static final String FILE = "triage-corpus.tsv";
  static final String EXTRA_FILE = "triage-corpus-extra.tsv";

  private Corpus() {}

  /** A report and the category it belongs to. */
  record Example(String category, String text) {}

  /** The examples of both files in {@code dir}; a missing file gives none. */
  static List<Example> read(Path dir, Categories categories) {
    List<Example> examples = new ArrayList<>(read(dir.resolve(FILE), FILE, categories));
    examples.addAll(read(dir.resolve(EXTRA_FILE), EXTRA_FILE, categories));
    return examples;
  }

  /**
   * The examples of one file, or a {@link ConfigException} naming the line of the first one that
   * has no tab or an unknown category.
   */
  static List<Example> read(Path file, String shownAs, Categories categories) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new ConfigException(shownAs + ": not UTF-8 text");
    } catch (IOException e) {
      throw new UncheckedIOException(shownAs + ": cannot be read", e);
    }
    List<Example> examples = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      String category = tab < 0 ? "" : line.substring(0, tab).strip();
      if (tab < 0 || categories.find(category).isEmpty()) {
        throw new ConfigException(
            shownAs
                + ":"
                + (i + 1)
                + ": expected a category code of categories.yml, a tab and a text");
      }
      examples.add(new Example(category, line.substring(tab + 1).strip()));
    }
    return examples;
  }
}
