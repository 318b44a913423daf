package vn.hotline.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.hotline.config.BotConfig;
import vn.hotline.roster.Officer;
import vn.hotline.roster.OfficerId;
import vn.hotline.roster.Role;
import vn.hotline.signin.Session;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;
import vn.hotline.web.Viewer;

class DashboardAccessTest {
  static final UnitTree UNITS = BotConfig.load(Path.of("bot-config")).units();
  static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  final DashboardAccess access = new DashboardAccess(UNITS);

  @Test
  void anOfficerIsRefusedWhateverTheUnit() {
    assertThat(access.ask(viewer(Role.OFFICER, "25267"), "25267", null, null, null, TODAY))
        .isEqualTo(new DashboardAccess.Refused(403, "dashboard.refused.role"));
  }

  @Test
  void aDistrictSupervisorOpensTheirDistrictAndItsCommunesOnly() {
    Viewer district = viewer(Role.SUPERVISOR, "691");
    var home = (DashboardAccess.Granted) access.ask(district, null, null, null, null, TODAY);
    assertThat(home.unit().code()).isEqualTo(new UnitCode("691"));
    var commune =
        (DashboardAccess.Granted) access.ask(district, "25267", "today", null, null, TODAY);
    assertThat(commune.trail().stream().map(Unit::code).map(UnitCode::value))
        .containsExactly("691", "25267");
    assertThat(access.ask(district, "692", null, null, null, TODAY))
        .isEqualTo(new DashboardAccess.Refused(403, "dashboard.refused.notInReach"));
    assertThat(access.ask(district, "70", null, null, null, TODAY))
        .isEqualTo(new DashboardAccess.Refused(403, "dashboard.refused.notInReach"));
  }

  @Test
  void anUnknownUnitOrAMalformedPeriodIsRefused() {
    Viewer province = viewer(Role.SUPERVISOR, "70");
    assertThat(access.ask(province, "99999", null, null, null, TODAY))
        .isEqualTo(new DashboardAccess.Refused(404, "dashboard.refused.noUnit"));
    assertThat(access.ask(province, "691", "custom", "2026-12-03", "2026-12-01", TODAY))
        .isEqualTo(new DashboardAccess.Refused(400, "dashboard.period.reversed"));
  }

  @Test
  void theProvinceSupervisorsTrailStartsAtTheProvince() {
    var granted =
        (DashboardAccess.Granted)
            access.ask(viewer(Role.SUPERVISOR, "70"), "25267", null, null, null, TODAY);
    assertThat(granted.trail().stream().map(u -> u.code().value()))
        .containsExactly("70", "691", "25267");
  }

  private static Viewer viewer(Role role, String unit) {
    Officer officer =
        new Officer(
            new OfficerId(100009),
            "Thử Nghiệm",
            null,
            List.of(new UnitCode(unit)),
            role,
            List.of());
    return new Viewer(
        officer,
        new Session("token", officer.id(), "csrf", Instant.EPOCH),
        Locale.forLanguageTag("vi"));
  }
}
