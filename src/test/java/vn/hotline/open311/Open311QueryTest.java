package vn.hotline.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hotline.category.Categories;
import vn.hotline.ticket.TicketState;

class Open311QueryTest {
  static final Categories CATEGORIES = Open311RequestsTest.CONFIG.categories();
  static final Instant NOW = Instant.parse("2021-10-01T00:00:00Z");
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  static Open311Query read(String ids, String codes, String start, String end, String status) {
    return Open311Query.read(ids, codes, start, end, status, CATEGORIES, NOW, ZONE);
  }

  static String refusal(Open311Query query) {
    assertThat(query).isInstanceOf(Open311Query.Refused.class);
    Open311Error error = ((Open311Query.Refused) query).error();
    assertThat(error.code()).isEqualTo(400);
    return error.description();
  }

  @Test
  void withoutDatesTheLastNinetyDaysAreAsked() {
    Open311Query.Filtered query = (Open311Query.Filtered) read(null, null, null, null, null);

    assertThat(query.end()).isEqualTo(NOW);
    assertThat(query.start()).isEqualTo(NOW.minus(Duration.ofDays(90)));
    assertThat(query.statuses())
        .containsExactlyInAnyOrder(TicketState.Group.OPEN, TicketState.Group.CLOSED);
  }

  @Test
  void datesWithAnOffsetAndStatusesAndServicesAreRead() {
    Open311Query.Filtered query =
        (Open311Query.Filtered)
            read(null, "HELP_FOOD,OTHER", "2021-09-01T00:00:00+07:00", "2021-09-30", "closed");

    assertThat(query.start()).isEqualTo(Instant.parse("2021-08-31T17:00:00Z"));
    assertThat(query.end()).isEqualTo(Instant.parse("2021-09-29T17:00:00Z"));
    assertThat(query.statuses()).containsExactly(TicketState.Group.CLOSED);
    assertThat(query.serviceCodes()).isEqualTo(Set.of("HELP_FOOD", "OTHER"));
  }

  @Test
  void badDatesUnknownServicesAndStatusesAreRefused() {
    assertThat(refusal(read(null, null, "yesterday", null, null))).contains("start_date");
    assertThat(refusal(read(null, null, null, "2021-13-01", null))).contains("end_date");
    assertThat(refusal(read(null, null, "2021-09-30", "2021-09-01", null)))
        .contains("after end_date");
    assertThat(refusal(read(null, "NO_SUCH", null, null, null))).contains("NO_SUCH");
    assertThat(refusal(read(null, null, null, null, "pending"))).contains("status");
  }

  @Test
  void requestIdsOverrideEveryOtherParameter() {
    assertThat(read("PN-2345, DO-ABCD", "NO_SUCH", "bad", null, null))
        .isEqualTo(new Open311Query.ByIds(List.of("PN-2345", "DO-ABCD")));
  }
}
