package vn.hotline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.access.ApiKey;
import vn.hotline.access.ApiKeys;
import vn.hotline.access.KeyRing;
import vn.hotline.access.Scope;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

class ApiKeysFileTest {
  static final Path SHIPPED = Path.of("bot-config");
  static final UnitTree UNITS = UnitsFile.read(SHIPPED);
  static final String KEY = "the-dashboard-key";
  static final String HASH = ApiKeys.sha256Hex(KEY);

  @TempDir Path dir;

  @Test
  void validFileGivesKeysFoundByTheKeyTheirHashIsOf() throws IOException {
    write(
        """
        keys:
          # created 2026-12-01T08:00:00Z by api-key
          - name: "Province dashboard"
            sha256: "%s"
            units: ["691", "692"]
            scopes: [stats, tickets, open311]
        """
            .formatted(HASH.toUpperCase()));
    ApiKeys keys = ApiKeysFile.read(dir, UNITS);
    ApiKey key = keys.find(KEY).orElseThrow();
    assertThat(key.name()).isEqualTo("Province dashboard");
    assertThat(key.sha256()).isEqualTo(HASH);
    assertThat(key.units()).containsExactly(new UnitCode("691"), new UnitCode("692"));
    assertThat(key.scopes()).isEqualTo(Set.of(Scope.STATS, Scope.TICKETS, Scope.OPEN311));
    assertThat(keys.find("another-key")).isEmpty();
    assertThat(keys.find(HASH)).as("the hash is not the key").isEmpty();
  }

  @Test
  void aKeyCoversItsUnitsAndEverythingBelowThemOnly() throws IOException {
    write(keyFor("[\"691\"]", "[stats]"));
    ApiKey key = ApiKeysFile.read(dir, UNITS).find(KEY).orElseThrow();
    assertThat(key.covers(UNITS.get(new UnitCode("691")), UNITS)).isTrue();
    assertThat(key.covers(UNITS.get(new UnitCode("25267-04")), UNITS)).isTrue();
    assertThat(key.covers(UNITS.get(new UnitCode("70")), UNITS)).isFalse();
    assertThat(key.covers(UNITS.get(new UnitCode("692")), UNITS)).isFalse();
  }

  @Test
  void missingFileMeansNoKeys() {
    assertThat(ApiKeysFile.read(dir, UNITS).all()).isEmpty();
  }

  @Test
  void shippedFileHasNoKeysAndLoadsWithBotConfig() {
    assertThat(BotConfig.load(SHIPPED).apiKeys().all()).isEmpty();
  }

  @Test
  void unknownUnitIsNamedWithItsLine() throws IOException {
    write(keyFor("[\"691\",\n      \"999\"]", "[stats]"));
    assertRefused("api-keys.yml:5: key 'Dashboard': unknown unit 999");
  }

  @Test
  void unknownScopeIsNamedWithItsLine() throws IOException {
    write(keyFor("[\"691\"]", "\n      - stats\n      - everything"));
    assertRefused(
        "api-keys.yml:7: key 'Dashboard': unknown scope everything,"
            + " expected stats, tickets or open311");
  }

  @Test
  void aHashThatIsNotSixtyFourHexDigitsIsRefusedSinceItMayBeTheKeyItself() throws IOException {
    write(
        """
        keys:
          - name: Dashboard
            sha256: "%s"
            units: ["691"]
            scopes: [stats]
        """
            .formatted(KEY));
    assertRefused(
        "api-keys.yml:3: key 'Dashboard': 'sha256' is not 64 hex digits (store the hash, not the"
            + " key)");
  }

  @Test
  void aReloadPutsTheEditedKeysInForceAndABrokenFileKeepsTheOldOnes() throws IOException {
    write(keyFor("[\"691\"]", "[stats]"));
    KeyRing ring = new KeyRing(ApiKeys.none(), () -> BotConfig.reloadApiKeys(dir, UNITS));
    ring.reload();
    assertThat(ring.current().find(KEY)).isPresent();
    write(keyFor("[\"nowhere\"]", "[stats]"));
    assertThatThrownBy(ring::reload).isInstanceOf(ConfigException.class);
    assertThat(ring.current().find(KEY)).isPresent();
  }

  private String keyFor(String units, String scopes) {
    return """
        keys:
          - name: Dashboard
            sha256: "%s"
            units: %s
            scopes: %s
        """
        .formatted(HASH, units, scopes);
  }

  private void write(String yaml) throws IOException {
    Files.writeString(dir.resolve("api-keys.yml"), yaml);
  }

  private void assertRefused(String message) {
    assertThatThrownBy(() -> ApiKeysFile.read(dir, UNITS))
        .isInstanceOf(ConfigException.class)
        .hasMessage(message);
  }
}
