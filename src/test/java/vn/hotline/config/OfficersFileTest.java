package vn.hotline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.roster.Officer;
import vn.hotline.roster.Role;
import vn.hotline.roster.Roster;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

class OfficersFileTest {
  static final Path SHIPPED = Path.of("bot-config");
  static final UnitTree UNITS = UnitsFile.read(SHIPPED);

  @TempDir Path dir;

  @Test
  void shippedDemoRosterLoadsWithBotConfig() {
    Roster roster = BotConfig.load(SHIPPED).roster();
    assertThat(roster.all())
        .extracting(o -> o.id().value())
        .containsExactly(100001L, 100005L, 100002L, 100003L, 100004L);
    Officer an = roster.find(100001).orElseThrow();
    assertThat(an.name()).isEqualTo("Nguyễn Văn An");
    assertThat(an.phoneNumber()).contains("0900000001");
    assertThat(an.units()).containsExactly(new UnitCode("25267"));
    assertThat(an.role()).isEqualTo(Role.OFFICER);
    assertThat(an.villages()).containsExactly(new UnitCode("25267-04"));
    assertThat(roster.find(100005).orElseThrow().phoneNumber()).isEmpty();
    assertThat(roster.find(100002).orElseThrow().role()).isEqualTo(Role.LEADER);
    assertThat(roster.find(100003).orElseThrow().units()).containsExactly(new UnitCode("691"));
    assertThat(roster.find(100004).orElseThrow().units()).containsExactly(new UnitCode("70"));
  }

  @Test
  void absentFileGivesAnEmptyRosterBecauseTheDeskIsOptional() {
    assertThat(OfficersFile.read(dir, UNITS).isEmpty()).isTrue();
  }

  @Test
  void aRosterWithNobodyInItIsEmptyWhetherTheListIsBlankOrEmpty() throws IOException {
    write("officers:\n");
    assertThat(OfficersFile.read(dir, UNITS).isEmpty()).isTrue();
    write("officers: []\n");
    assertThat(OfficersFile.read(dir, UNITS).isEmpty()).isTrue();
  }

  @Test
  void aYamlSyntaxErrorIsNamedWithItsLine() throws IOException {
    assertRefused(
        """
        officers:
          - {telegram_id: 100009, name: "Võ Thị Hoa", units: ["25225"], role: OFFICER}
          - {telegram_id: 100010, name: "Lê Văn Bình", units: ["25225"
        """,
        "officers.yml:4: not valid YAML: expected ',' or ']', but got <stream end>"
            + " (while parsing a flow sequence)");
  }

  @Test
  void reloadReadsTheEditedRosterAgainstTheLoadedUnits() throws IOException {
    write(
        """
        officers:
          - {telegram_id: 100009, name: "Võ Thị Hoa", units: ["25225"], role: OFFICER}
        """);
    Roster reloaded = BotConfig.reloadRoster(dir, UNITS);
    assertThat(reloaded.officersOf(new UnitCode("25225")))
        .extracting(o -> o.id().value())
        .containsExactly(100009L);
  }

  @Test
  void unknownUnitCodeIsNamedWithItsLine() throws IOException {
    assertRefused(
        """
        officers:
          - telegram_id: 100001
            name: "Nguyễn Văn An"
            units:
              - "25267"
              - "99999"
            role: OFFICER
        """,
        "officers.yml:6: officer 100001: unknown unit 99999");
  }

  @Test
  void unknownVillageCodeIsNamedWithItsLine() throws IOException {
    assertRefused(
        """
        officers:
          - {telegram_id: 100001, name: "An", units: ["25267"], role: OFFICER, villages: ["25267-09"]}
        """,
        "officers.yml:2: officer 100001: unknown village 25267-09");
  }

  @Test
  void villageOutsideTheOfficersUnitsIsRefused() throws IOException {
    assertRefused(
        """
        officers:
          - {telegram_id: 100001, name: "An", units: ["25267"], role: OFFICER, villages: ["25225-01"]}
        """,
        "officers.yml:2: officer 100001: village 25225-01 is not below any of their units");
  }

  @Test
  void communeListedAsAVillageIsRefused() throws IOException {
    assertRefused(
        """
        officers:
          - {telegram_id: 100001, name: "An", units: ["691"], role: OFFICER, villages: ["25267"]}
        """,
        "officers.yml:2: officer 100001: 25267 is not a village");
  }

  @Test
  void villageListedAsAUnitIsRefused() throws IOException {
    assertRefused(
        """
        officers:
          - {telegram_id: 100001, name: "An", units: ["25267-04"], role: OFFICER}
        """,
        "officers.yml:2: officer 100001: unit 25267-04 is a village; list it under villages");
  }

  @Test
  void duplicateTelegramIdIsRefusedAtTheSecondEntry() throws IOException {
    assertRefused(
        """
        officers:
          - {telegram_id: 100001, name: "An", units: ["25267"], role: OFFICER}
          - {telegram_id: 100002, name: "Cường", units: ["25267"], role: LEADER}
          - {telegram_id: 100001, name: "Bích", units: ["25267"], role: OFFICER}
        """,
        "officers.yml:4: officer 100001: duplicate telegram_id");
  }

  @Test
  void villageWithTwoOwnersIsRefusedAtTheSecond() throws IOException {
    assertRefused(
        """
        officers:
          - {telegram_id: 100001, name: "An", units: ["25267"], role: OFFICER, villages: ["25267-04"]}
          - {telegram_id: 100005, name: "Bích", units: ["25267"], role: OFFICER, villages: ["25267-04"]}
        """,
        "officers.yml:3: officer 100005: village 25267-04 already belongs to officer 100001");
  }

  @Test
  void missingRoleIsRefused() throws IOException {
    assertRefused(
        """
        officers:
          - {telegram_id: 100001, name: "An", units: ["25267"]}
        """,
        "officers.yml:2: missing key 'role'");
  }

  @Test
  void invalidRoleIsRefusedListingTheRoles() throws IOException {
    assertRefused(
        """
        officers:
          - {telegram_id: 100001, name: "An", units: ["25267"], role: CHIEF}
        """,
        "officers.yml:2: 'role' is CHIEF, expected one of [OFFICER, LEADER, SUPERVISOR]");
  }

  @Test
  void nonNumericOrMissingTelegramIdIsRefused() throws IOException {
    assertRefused(
        """
        officers:
          - {telegram_id: "@an_phunghia", name: "An", units: ["25267"], role: OFFICER}
        """,
        "officers.yml:2: 'telegram_id' is @an_phunghia, expected a whole number");
    assertRefused(
        """
        officers:
          - {telegram_id: -5, name: "An", units: ["25267"], role: OFFICER}
        """,
        "officers.yml:2: 'telegram_id' is -5, expected a Telegram user id above 0");
    assertRefused(
        """
        officers:
          - {name: "An", units: ["25267"], role: OFFICER}
        """,
        "officers.yml:2: officer entry 1 has no telegram_id");
  }

  @Test
  void officerWithoutUnitsIsRefused() throws IOException {
    assertRefused(
        """
        officers:
          - {telegram_id: 100001, name: "An", units: [], role: OFFICER}
        """,
        "officers.yml:2: officer 100001: 'units' is empty");
  }

  private void assertRefused(String yaml, String message) throws IOException {
    write(yaml);
    assertThatThrownBy(() -> OfficersFile.read(dir, UNITS))
        .isInstanceOf(ConfigException.class)
        .hasMessage(message);
  }

  private void write(String yaml) throws IOException {
    Files.writeString(dir.resolve(OfficersFile.NAME), yaml);
  }
}
