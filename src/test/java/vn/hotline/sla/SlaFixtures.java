package vn.hotline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import vn.hotline.category.Priority;
import vn.hotline.ticket.Drafts;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Transition;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/** A small unit tree, the 1022 limits and tickets for the service-level tests. */
final class SlaFixtures {
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  static final UnitCode PROVINCE = new UnitCode("70");
  static final UnitCode DISTRICT = new UnitCode("691");
  static final UnitCode COMMUNE = new UnitCode("25267");
  static final UnitCode VILLAGE = new UnitCode("25267-04");
  static final UnitCode OTHER_COMMUNE = new UnitCode("25225");

  /** A Friday, 08:00 in Vietnam. */
  static final Instant T0 = Instant.parse("2021-09-10T01:00:00Z");

  static final UnitTree UNITS =
      ((UnitTree.Result.Built)
              UnitTree.of(
                  List.of(
                      unit(PROVINCE, UnitLevel.PROVINCE, null, "BP"),
                      unit(DISTRICT, UnitLevel.DISTRICT, PROVINCE, "BGM"),
                      unit(COMMUNE, UnitLevel.COMMUNE, DISTRICT, "PN"),
                      unit(OTHER_COMMUNE, UnitLevel.COMMUNE, DISTRICT, "DO"),
                      unit(VILLAGE, UnitLevel.VILLAGE, COMMUNE, "PN"))))
          .tree();

  static final Map<Priority, SlaPolicy.Limits> LIMITS =
      Map.of(
          Priority.URGENT, new SlaPolicy.Limits(Duration.ofMinutes(5), Duration.ofMinutes(60)),
          Priority.HIGH, new SlaPolicy.Limits(Duration.ofMinutes(30), Duration.ofHours(24)),
          Priority.NORMAL, new SlaPolicy.Limits(Duration.ofHours(2), Duration.ofHours(72)));

  static final SlaPolicy AROUND_THE_CLOCK =
      new SlaPolicy(LIMITS, Map.of(), Duration.ofDays(3), ZONE);

  private SlaFixtures() {}

  static Unit unit(UnitCode code, UnitLevel level, UnitCode parent, String prefix) {
    return new Unit(code, "U" + code, "Xã", level, parent, null, prefix);
  }

  static Ticket ticket(long sequence, UnitCode unitCode, Priority priority, Instant filedAt) {
    return Ticket.filed(
        Drafts.code("PN", sequence),
        Drafts.draft(unitCode.value(), priority, filedAt, "chợ tự phát"));
  }

  static Ticket ticket(Priority priority) {
    return ticket(1, COMMUNE, priority, T0);
  }

  static Ticket applied(Transition transition) {
    assertThat(transition).isInstanceOf(Transition.Applied.class);
    return ((Transition.Applied) transition).ticket();
  }

  static Instant hoursAfterT0(double hours) {
    return T0.plusSeconds(Math.round(hours * 3600));
  }
}
