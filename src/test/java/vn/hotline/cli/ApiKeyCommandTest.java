package vn.hotline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.access.ApiKey;
import vn.hotline.access.ApiKeys;
import vn.hotline.access.Scope;
import vn.hotline.config.BotConfig;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

class ApiKeyCommandTest {
  static final UnitTree UNITS = BotConfig.load(Path.of("bot-config")).units();
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:30:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  Run run(String... args) {
    List<String> line = new ArrayList<>(List.of("api-key"));
    line.addAll(List.of(args));
    return Run.of(line, new byte[0], CLOCK, () -> {});
  }

  @Test
  void printsAKeyThenAnEntryWithItsHashThatTheFileReaderAccepts() throws Exception {
    Run run =
        run("--name", "Province \"dashboard\"", "--units", "70,691", "--scopes", "stats,tickets");
    assertThat(run.status()).as(run.err()).isZero();
    String key = run.out().lines().findFirst().orElseThrow();
    assertThat(key).matches("[A-Za-z0-9_-]{43}");
    String entry = run.out().substring(key.length() + 1);
    assertThat(entry)
        .startsWith("  # created 2026-12-01T08:30:00Z")
        .contains(ApiKeys.sha256Hex(key));

    // Appended to the shipped file as it is.
    Files.writeString(
        dir.resolve("api-keys.yml"), Files.readString(Path.of("bot-config/api-keys.yml")) + entry);
    ApiKey parsed = BotConfig.reloadApiKeys(dir, UNITS).find(key).orElseThrow();
    assertThat(parsed.name()).isEqualTo("Province \"dashboard\"");
    assertThat(parsed.units()).containsExactly(new UnitCode("70"), new UnitCode("691"));
    assertThat(parsed.scopes()).isEqualTo(Set.of(Scope.STATS, Scope.TICKETS));
  }

  @Test
  void everyRunMakesADifferentKey() {
    String first =
        run("--name", "A", "--units", "70", "--scopes", "stats")
            .out()
            .lines()
            .findFirst()
            .orElseThrow();
    String second =
        run("--name", "A", "--units", "70", "--scopes", "stats")
            .out()
            .lines()
            .findFirst()
            .orElseThrow();
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void missingNameIsAUsageErrorWithNoKeyPrinted() {
    Run run = run("--units", "70", "--scopes", "stats");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--name is missing", "usage: api-key");
  }

  @Test
  void unknownScopeIsAUsageErrorWithNoKeyPrinted() {
    Run run = run("--name", "A", "--units", "70", "--scopes", "stats,admin");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("unknown scope admin", "usage: api-key");
  }

  @Test
  void missingUnitsIsAUsageError() {
    Run run = run("--name", "A", "--scopes", "stats");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--units is missing");
  }

  @Test
  void theCommandIsDispatchedByName() {
    Run run = Run.of("api-key");
    assertThat(run.exit()).hasValue(2);
    assertThat(run.err()).contains("usage: api-key");
  }
}
