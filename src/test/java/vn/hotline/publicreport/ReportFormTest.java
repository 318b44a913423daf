package vn.hotline.publicreport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.hotline.intake.DirectReport;
import vn.hotline.ticket.Channel;
import vn.hotline.triage.GeoPoint;
import vn.hotline.unit.UnitCode;

class ReportFormTest {

  @Test
  void aTokenOfAnotherShapeIsReplacedByAFreshOne() {
    String token = FormToken.fresh();

    assertThat(form(token, "chợ").token()).isEqualTo(token);
    assertThat(form("web:../../x", "chợ").token()).matches("[A-Za-z0-9_-]{22}");
    assertThat(form(null, "chợ").token()).isNotEqualTo(form(null, "chợ").token());
  }

  @Test
  void theTextIsRequiredAndAtMostFourThousandCharacters() {
    assertThat(form(null, " \n ").problem()).contains("public.textMissing");
    assertThat(form(null, "a".repeat(4000)).problem()).isEmpty();
    assertThat(form(null, "a".repeat(4001)).problem()).contains("public.textTooLong");
  }

  @Test
  void aPhoneThatIsNoPhoneIsRefusedAndOneTypedWithSpacesIsKeptAsDigits() {
    ReportForm typed = withPhone("0912 345 678");
    assertThat(typed.problem()).isEmpty();
    assertThat(typed.report().contact().phone()).isEqualTo("0912345678");
    assertThat(withPhone("12ab").problem()).contains("contact.badPhone");
  }

  @Test
  void theReportIsFiledUnderTheTokenFromAPageVisitorWithoutIdentity() {
    ReportForm form =
        new ReportForm(
            FormToken.fresh(),
            "chợ",
            "Phú Nghĩa",
            "11.9",
            "106.9",
            "",
            "25267",
            "GATHERING",
            false);

    DirectReport report = form.report();

    assertThat(report.origin()).isEqualTo("web:" + form.token());
    assertThat(report.reporter().channel()).isEqualTo(Channel.WEB);
    assertThat(report.reporter().id()).isEmpty();
    assertThat(report.point()).contains(new GeoPoint(11.9, 106.9));
    assertThat(report.chosenPlace()).contains(new UnitCode("25267"));
    assertThat(report.chosenCategory()).contains("GATHERING");
    assertThat(report.citizenChooses()).isTrue();
  }

  @Test
  void aPositionOffTheEarthOrHalfGivenIsNoPosition() {
    assertThat(withPoint("91", "106").point()).isEmpty();
    assertThat(withPoint("11.9", "").point()).isEmpty();
    assertThat(withPoint("NaN", "1").point()).isEmpty();
    assertThat(withPoint("11.9", "106.9").locationTaken()).isTrue();
  }

  static ReportForm form(String token, String text) {
    return new ReportForm(token, text, "", "", "", "", "", "", false);
  }

  static ReportForm withPhone(String phone) {
    return new ReportForm(null, "Nhà tôi hết gạo", "", "", "", phone, "", "", false);
  }

  static ReportForm withPoint(String lat, String lon) {
    return new ReportForm(null, "chợ", "", lat, lon, "", "", "", false);
  }
}
