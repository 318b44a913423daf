package vn.hotline.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.hotline.category.Categories;
import vn.hotline.triage.LabelledReport;

/**
 * The labelled reports the classifier learns from: {@code CATEGORY<TAB>text} a line, {@code #}
 * comments, in {@code bot-config/triage-corpus.tsv} and the optional {@code
 * triage-corpus-extra.tsv}.
 */
public final class CorpusFile {
  public static final String FILE = "triage-corpus.tsv";
  public static final String EXTRA_FILE = "triage-corpus-extra.tsv";

  private CorpusFile() {}

  /** The reports of both files in {@code dir}; a missing file gives none. */
  public static List<LabelledReport> read(Path dir, Categories categories) {
    List<LabelledReport> reports = new ArrayList<>(read(dir.resolve(FILE), FILE, categories));
    reports.addAll(read(dir.resolve(EXTRA_FILE), EXTRA_FILE, categories));
    return reports;
  }

  /**
   * The reports of one file, or a {@link ConfigException} naming the line of the first one that has
   * no tab or an unknown category.
   */
  public static List<LabelledReport> read(Path file, String shownAs, Categories categories) {
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
    List<LabelledReport> reports = new ArrayList<>(lines.size());
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
      reports.add(new LabelledReport(category, line.substring(tab + 1).strip()));
    }
    return reports;
  }
}
