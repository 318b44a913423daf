package vn.hotline.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.store.MongoStore;

/** A data file that lost its contents never turns silently into an empty store. */
class DataFileRefusalTest {
  @TempDir Path dataDir;

  @Test
  void anEmptyDataFileIsRefusedByNameAndLeftAsItIs() throws Exception {
    Path file = Files.createFile(dataDir.resolve(EmbeddedMongo.FILE_NAME));

    assertThatThrownBy(() -> MongoStore.open("", dataDir))
        .isInstanceOf(DataFileRefused.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("is empty")
        .hasMessageContaining("restore it from a backup");
    assertThat(file).exists().isEmptyFile();
  }

  @Test
  void aDamagedDataFileIsRefusedByNameAndLeftAsItIs() throws Exception {
    byte[] noise = new byte[64 * 1024];
    new Random(7).nextBytes(noise);
    Path file = Files.write(dataDir.resolve(EmbeddedMongo.FILE_NAME), noise);

    assertThatThrownBy(() -> MongoStore.open("", dataDir))
        .isInstanceOf(DataFileRefused.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("is damaged");
    assertThat(Arrays.equals(Files.readAllBytes(file), noise)).isTrue();
  }
}
