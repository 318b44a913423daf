package vn.hotline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README prints every figure's definition as the code states it, so the two never drift. */
class ReadmeFiguresTest {

  @Test
  void theReadmeDefinesEveryFigureAsTheCodeDoes() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    for (FigureDefinitions.Definition definition : FigureDefinitions.all()) {
      assertThat(readme)
          .contains("| `" + definition.field() + "` | " + definition.meaning() + " |");
    }
  }
}
