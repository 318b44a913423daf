package vn.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LimitRefusalsTest {
  @Test
  void theDoorIsTheReportPageOrOpen311InTheFormatOfItsExtension() {
    assertThat(LimitRefusals.Door.of("/report")).isEqualTo(LimitRefusals.Door.REPORT);
    assertThat(LimitRefusals.Door.of("/open311/v2/requests.json"))
        .isEqualTo(LimitRefusals.Door.OPEN311_JSON);
    assertThat(LimitRefusals.Door.of("/open311/v2/requests.XML"))
        .isEqualTo(LimitRefusals.Door.OPEN311_XML);
  }

  @Test
  void aCitizenIsToldTheWaitInWholeMinutesRoundedUp() {
    assertThat(LimitRefusals.tooMany(LimitRefusals.Door.REPORT, false, 61).body())
        .contains("Vui lòng thử lại sau 2 phút.", "Please try again in 2 minutes.");
    assertThat(LimitRefusals.tooMany(LimitRefusals.Door.REPORT, false, 1).body())
        .contains("sau 1 phút.", "in 1 minute.");
  }

  @Test
  void aFloodFromEveryoneIsNotBlamedOnTheCitizen() {
    assertThat(LimitRefusals.tooMany(LimitRefusals.Door.REPORT, true, 30).body())
        .contains("Tổng đài đang nhận quá nhiều phản ánh cùng lúc")
        .doesNotContain("Bạn gửi");
  }

  @Test
  void open311RefusalsAreTheSpecsErrorsWithTheStatusAsCode() {
    assertThat(LimitRefusals.tooMany(LimitRefusals.Door.OPEN311_JSON, false, 42).body())
        .isEqualTo(
            "[{\"code\":429,\"description\":\"too many requests from this address, try again in"
                + " 42 seconds\"}]");
    assertThat(LimitRefusals.tooLarge(LimitRefusals.Door.OPEN311_XML, 65536).body())
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>413</code>"
                + "<description>the request is larger than 65536 bytes</description></error>"
                + "</errors>");
  }
}
