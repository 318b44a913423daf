package vn.hotline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hotline.category.Priority;
import vn.hotline.config.BotConfig;
import vn.hotline.roster.Roster;
import vn.hotline.ticket.Drafts;
import vn.hotline.ticket.Ticket;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/** The permission rules against the shipped demo roster and the Bình Phước unit tree. */
class PermissionsTest {
  static final BotConfig SHIPPED = BotConfig.load(Path.of("bot-config"));
  static final UnitTree UNITS = SHIPPED.units();
  static final Roster ROSTER = SHIPPED.roster();

  static final long OFFICER_PHU_NGHIA = 100001;
  static final long SECOND_OFFICER_PHU_NGHIA = 100005;
  static final long LEADER_PHU_NGHIA = 100002;
  static final long SUPERVISOR_BU_GIA_MAP = 100003;
  static final long SUPERVISOR_PROVINCE = 100004;
  static final long OUTSIDER = 999999;

  static final UnitCode PHU_NGHIA = new UnitCode("25267");
  static final UnitCode DAK_O = new UnitCode("25225");
  static final UnitCode TAN_BINH = new UnitCode("25201");
  static final UnitCode BU_GIA_MAP = new UnitCode("691");
  static final UnitCode DONG_XOAI = new UnitCode("689");

  final Permissions permissions = new Permissions(ROSTER, UNITS);

  static Ticket ticketOf(UnitCode unitCode) {
    return Ticket.filed(
        Drafts.code("PN", 1),
        Drafts.draft(unitCode.value(), Priority.NORMAL, Instant.now(), "chợ tự phát ở ấp 4"));
  }

  static Decision refused(Decision.Reason reason) {
    return new Decision.Refused(reason);
  }

  @Test
  void outsiderIsRefusedAsNotOnTheRoster() {
    assertThat(permissions.mayAct(OUTSIDER, ticketOf(PHU_NGHIA)))
        .isEqualTo(refused(Decision.Reason.NOT_ON_ROSTER));
    assertThat(permissions.mayReload(OUTSIDER)).isEqualTo(refused(Decision.Reason.NOT_ON_ROSTER));
  }

  @Test
  void officerActsOnTicketsOfTheirCommuneAndIsNamedAsTheActor() {
    Decision decision = permissions.mayAct(OFFICER_PHU_NGHIA, ticketOf(PHU_NGHIA));
    assertThat(decision).isInstanceOf(Decision.Allowed.class);
    assertThat(((Decision.Allowed) decision).officer().name()).isEqualTo("Nguyễn Văn An");
  }

  @Test
  void officerIsRefusedATicketOfAnotherCommune() {
    assertThat(permissions.mayAct(OFFICER_PHU_NGHIA, ticketOf(TAN_BINH)))
        .isEqualTo(refused(Decision.Reason.OUTSIDE_UNITS));
  }

  @Test
  void forgedRequestForAnotherCommunesTicketIsRefusedWhateverTheButtonClaimed() {
    // The callback names a ticket code; the server loads that ticket and judges its own unit.
    Ticket storedTicketOfDakO = ticketOf(DAK_O);
    assertThat(permissions.mayAct(OFFICER_PHU_NGHIA, storedTicketOfDakO))
        .isEqualTo(refused(Decision.Reason.OUTSIDE_UNITS));
    assertThat(permissions.mayTransfer(LEADER_PHU_NGHIA, storedTicketOfDakO, PHU_NGHIA))
        .isEqualTo(refused(Decision.Reason.OUTSIDE_UNITS));
  }

  @Test
  void officerOfACommuneMayNotWorkTheDistrictQueue() {
    assertThat(permissions.mayAct(LEADER_PHU_NGHIA, ticketOf(BU_GIA_MAP)))
        .isEqualTo(refused(Decision.Reason.OUTSIDE_UNITS));
  }

  @Test
  void districtSupervisorActsAnywhereInTheirDistrictButNotInAnother() {
    assertThat(permissions.mayAct(SUPERVISOR_BU_GIA_MAP, ticketOf(PHU_NGHIA)).isAllowed()).isTrue();
    assertThat(permissions.mayAct(SUPERVISOR_BU_GIA_MAP, ticketOf(DAK_O)).isAllowed()).isTrue();
    assertThat(permissions.mayAct(SUPERVISOR_BU_GIA_MAP, ticketOf(BU_GIA_MAP)).isAllowed())
        .isTrue();
    assertThat(permissions.mayAct(SUPERVISOR_BU_GIA_MAP, ticketOf(TAN_BINH)))
        .isEqualTo(refused(Decision.Reason.OUTSIDE_UNITS));
    assertThat(permissions.mayAct(SUPERVISOR_BU_GIA_MAP, ticketOf(DONG_XOAI)))
        .isEqualTo(refused(Decision.Reason.OUTSIDE_UNITS));
  }

  @Test
  void provinceSupervisorActsEverywhere() {
    for (UnitCode unit : List.of(PHU_NGHIA, TAN_BINH, BU_GIA_MAP, DONG_XOAI, new UnitCode("70"))) {
      assertThat(permissions.mayAct(SUPERVISOR_PROVINCE, ticketOf(unit)).isAllowed())
          .as(unit.value())
          .isTrue();
    }
  }

  @Test
  void ticketOfAUnitNoLongerInTheTreeIsRefusedNotFailed() {
    assertThat(permissions.mayAct(SUPERVISOR_PROVINCE, ticketOf(new UnitCode("99999"))))
        .isEqualTo(refused(Decision.Reason.UNKNOWN_UNIT));
  }

  @Test
  void leaderReassignsWithinTheirUnitOnly() {
    assertThat(
            permissions
                .mayReassign(LEADER_PHU_NGHIA, ticketOf(PHU_NGHIA), SECOND_OFFICER_PHU_NGHIA)
                .isAllowed())
        .isTrue();
    assertThat(permissions.mayReassign(LEADER_PHU_NGHIA, ticketOf(TAN_BINH), OFFICER_PHU_NGHIA))
        .isEqualTo(refused(Decision.Reason.OUTSIDE_UNITS));
    assertThat(permissions.mayReassign(LEADER_PHU_NGHIA, ticketOf(PHU_NGHIA), OUTSIDER))
        .isEqualTo(refused(Decision.Reason.ASSIGNEE_CANNOT_ACT));
    // A supervisor could act on the ticket, but is not a member of the leader's unit.
    assertThat(permissions.mayReassign(LEADER_PHU_NGHIA, ticketOf(PHU_NGHIA), SUPERVISOR_PROVINCE))
        .isEqualTo(refused(Decision.Reason.ASSIGNEE_CANNOT_ACT));
  }

  @Test
  void officerMayNotReassign() {
    assertThat(
            permissions.mayReassign(
                OFFICER_PHU_NGHIA, ticketOf(PHU_NGHIA), SECOND_OFFICER_PHU_NGHIA))
        .isEqualTo(refused(Decision.Reason.ROLE_NOT_ALLOWED));
  }

  @Test
  void supervisorReassignsAcrossTheirSubtreeToSomeoneWhoMayActThere() {
    assertThat(
            permissions
                .mayReassign(SUPERVISOR_BU_GIA_MAP, ticketOf(PHU_NGHIA), OFFICER_PHU_NGHIA)
                .isAllowed())
        .isTrue();
    assertThat(permissions.mayReassign(SUPERVISOR_BU_GIA_MAP, ticketOf(DAK_O), OFFICER_PHU_NGHIA))
        .isEqualTo(refused(Decision.Reason.ASSIGNEE_CANNOT_ACT));
    assertThat(
            permissions.mayReassign(SUPERVISOR_BU_GIA_MAP, ticketOf(TAN_BINH), OFFICER_PHU_NGHIA))
        .isEqualTo(refused(Decision.Reason.OUTSIDE_UNITS));
  }

  @Test
  void officerTransfersTheirTicketToAnyCommuneEvenInAnotherDistrict() {
    assertThat(
            permissions.mayTransfer(OFFICER_PHU_NGHIA, ticketOf(PHU_NGHIA), TAN_BINH).isAllowed())
        .isTrue();
    assertThat(permissions.mayTransfer(OFFICER_PHU_NGHIA, ticketOf(TAN_BINH), PHU_NGHIA))
        .isEqualTo(refused(Decision.Reason.OUTSIDE_UNITS));
  }

  @Test
  void transferTargetMustBeAUnitWithAQueueForTheRole() {
    Ticket ticket = ticketOf(PHU_NGHIA);
    assertThat(permissions.mayTransfer(OFFICER_PHU_NGHIA, ticket, new UnitCode("99999")))
        .isEqualTo(refused(Decision.Reason.INVALID_TARGET));
    assertThat(permissions.mayTransfer(OFFICER_PHU_NGHIA, ticket, new UnitCode("25267-04")))
        .isEqualTo(refused(Decision.Reason.INVALID_TARGET));
    assertThat(permissions.mayTransfer(OFFICER_PHU_NGHIA, ticket, DONG_XOAI))
        .isEqualTo(refused(Decision.Reason.INVALID_TARGET));
    assertThat(permissions.mayTransfer(SUPERVISOR_PROVINCE, ticket, DONG_XOAI).isAllowed())
        .isTrue();
    assertThat(permissions.mayTransfer(SUPERVISOR_PROVINCE, ticket, new UnitCode("25267-04")))
        .isEqualTo(refused(Decision.Reason.INVALID_TARGET));
  }

  @Test
  void onlyTheProvinceSupervisorMayReload() {
    assertThat(permissions.mayReload(SUPERVISOR_PROVINCE).isAllowed()).isTrue();
    assertThat(permissions.mayReload(SUPERVISOR_BU_GIA_MAP))
        .isEqualTo(refused(Decision.Reason.ROLE_NOT_ALLOWED));
    assertThat(permissions.mayReload(LEADER_PHU_NGHIA))
        .isEqualTo(refused(Decision.Reason.ROLE_NOT_ALLOWED));
    assertThat(permissions.mayReload(OFFICER_PHU_NGHIA))
        .isEqualTo(refused(Decision.Reason.ROLE_NOT_ALLOWED));
  }

  @Test
  void rosterFindsTheVillageOwnerAndTheOfficersOfAUnit() {
    assertThat(ROSTER.ownerOfVillage(new UnitCode("25267-04")))
        .map(o -> o.id().value())
        .contains(OFFICER_PHU_NGHIA);
    assertThat(ROSTER.ownerOfVillage(new UnitCode("25267-01"))).isEmpty();
    assertThat(ROSTER.officersOf(PHU_NGHIA))
        .extracting(o -> o.id().value())
        .containsExactly(OFFICER_PHU_NGHIA, SECOND_OFFICER_PHU_NGHIA, LEADER_PHU_NGHIA);
    assertThat(ROSTER.officersOf(BU_GIA_MAP))
        .extracting(o -> o.id().value())
        .containsExactly(100003L);
  }
}
