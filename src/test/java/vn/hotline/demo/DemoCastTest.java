package vn.hotline.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.hotline.config.BotConfig;
import vn.hotline.roster.Roster;
import vn.hotline.unit.UnitCode;

class DemoCastTest {
  static final BotConfig SHIPPED = BotConfig.load(Path.of("bot-config"));

  @Test
  void theShippedConfigurationCastsPhuNghiaAndItsDistrictWithTheirOfficers() {
    DemoCast cast = DemoCast.of(SHIPPED.units(), SHIPPED.roster());

    assertThat(cast.citizen()).isEqualTo(new DemoPerson(900_001L, "Lan", "vi"));
    assertThat(cast.groups())
        .extracting(DemoCast.DemoGroup::chatId, DemoCast.DemoGroup::unitCode)
        .containsExactly(
            tuple(-1_000_025_267L, new UnitCode("25267")),
            tuple(-1_000_000_691L, new UnitCode("691")));
    assertThat(cast.groups().getFirst().title()).isEqualTo("Ban Chỉ huy Xã Phú Nghĩa");
    assertThat(cast.groups().getFirst().officers())
        .extracting(DemoPerson::id)
        .containsExactlyInAnyOrder(100_001L, 100_005L, 100_002L);
    assertThat(cast.groups().get(1).officers())
        .extracting(DemoPerson::name)
        .containsExactly("Phạm Thị Dung");
  }

  @Test
  void eachChatHasItsOwnPlayers() {
    DemoCast cast = DemoCast.of(SHIPPED.units(), SHIPPED.roster());

    assertThat(cast.playersOf(900_001L)).containsExactly(cast.citizen());
    assertThat(cast.playersOf(-1_000_000_691L))
        .extracting(DemoPerson::id)
        .containsExactly(100_003L);
    assertThat(cast.playersOf(-42L)).isEmpty();
  }

  @Test
  void withoutOfficersTheGroupsAreStillShownButNobodyCanActInThem() {
    DemoCast cast = DemoCast.of(SHIPPED.units(), Roster.empty());

    assertThat(cast.groups()).hasSize(2).allSatisfy(g -> assertThat(g.officers()).isEmpty());
  }
}
