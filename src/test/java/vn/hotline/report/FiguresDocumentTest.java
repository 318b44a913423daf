package vn.hotline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/figures.md prints every figure's definition as the code states it, so the two never drift.
 */
class FiguresDocumentTest {

  @Test
  void theFiguresDocumentDefinesEveryFigureAsTheCodeDoes() throws IOException {
    String document = Files.readString(Path.of("docs", "figures.md"));
    for (FigureDefinitions.Definition definition : FigureDefinitions.all()) {
      assertThat(document)
          .contains("| `" + definition.field() + "` | " + definition.meaning() + " |");
    }
  }
}
