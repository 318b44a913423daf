package vn.hotline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.unit.Outline;

class OutlinesTest {

  @Test
  void readsEachDistrictWithItsRingsFlattenedAndItsHoles(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve(Outlines.FILE),
        """
        {"level1_id": "70", "level2s": [{"level2_id": "689", "name": "Thành phố Đồng Xoài",
          "coordinates": [[
            [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
            [[4, 4], [6, 4.5], [6, 6], [4, 6], [4, 4]]]]}]}
        """);
    List<Outline> outlines = Outlines.read(dir);
    assertThat(outlines)
        .singleElement()
        .satisfies(
            outline -> {
              assertThat(outline.id()).isEqualTo("689");
              assertThat(outline.name()).isEqualTo("Thành phố Đồng Xoài");
              assertThat(outline.polygons())
                  .singleElement()
                  .satisfies(
                      rings -> {
                        assertThat(rings).hasSize(2);
                        assertThat(rings.get(0)).containsExactly(0, 0, 10, 0, 10, 10, 0, 10, 0, 0);
                        assertThat(rings.get(1)).containsExactly(4, 4, 6, 4.5, 6, 6, 4, 6, 4, 4);
                      });
            });
  }

  @Test
  void readsEveryDistrictOfTheShippedFile() {
    assertThat(Outlines.read(Path.of("bot-config")))
        .extracting(Outline::id)
        .contains("688", "689", "692", "693");
  }

  @Test
  void aMissingFileMeansNoOutlines(@TempDir Path dir) {
    assertThat(Outlines.read(dir)).isEmpty();
  }

  @Test
  void aMalformedFileStopsWithItsName(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve(Outlines.FILE), "{\"level2s\": [");
    assertThatThrownBy(() -> Outlines.read(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("boundaries.json: not a usable boundaries file: ")
        .hasMessageEndingWith(" at character 13");
  }

  @Test
  void wellFormedJsonOfAnotherShapeStopsWithWhatIsExpected(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve(Outlines.FILE),
        "{\"level2s\": [{\"level2_id\": \"689\", \"coordinates\": [[[[\"east\", 0]]]]}]}");
    assertThatThrownBy(() -> Outlines.read(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "boundaries.json: not a usable boundaries file: expected an object with level2s, a"
                + " list of districts with level2_id, name and coordinates");
  }

  @Test
  void aFileThatIsNotUtf8StopsWithItsName(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve(Outlines.FILE), new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
    assertThatThrownBy(() -> Outlines.read(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage("boundaries.json: not UTF-8 text");
  }
}
