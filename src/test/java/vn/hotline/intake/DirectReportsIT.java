package vn.hotline.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.category.Priority;
import vn.hotline.config.BotConfig;
import vn.hotline.intake.DirectAssessment.Choice;
import vn.hotline.intake.DirectAssessment.ChooseCategory;
import vn.hotline.intake.DirectAssessment.ChoosePlace;
import vn.hotline.intake.DirectAssessment.Ready;
import vn.hotline.intake.DirectAssessment.Why;
import vn.hotline.messages.Messages;
import vn.hotline.store.StoreAccess;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Contact;
import vn.hotline.ticket.Reporter;
import vn.hotline.ticket.Ticket;
import vn.hotline.triage.GeoPoint;
import vn.hotline.unit.UnitCode;

/** Reports that arrive whole are triaged and filed as on Telegram, or ask what is missing. */
class DirectReportsIT {
  static final BotConfig CONFIG = BotConfig.load(Path.of("bot-config"));
  static final Instant AT = Instant.parse("2021-09-10T08:00:00Z");
  static final Locale VI = Messages.VIETNAMESE;
  static final Reporter PAGE = new Reporter(Channel.WEB, "");
  static final UnitCode PHU_NGHIA = new UnitCode("25267");
  static final UnitCode TAN_THANH_DONG_XOAI = new UnitCode("25207");
  static final UnitCode TAN_THANH_OTHER = new UnitCode("25318");

  @TempDir Path dataDir;
  StoreAccess store;
  DirectReports reports;

  @BeforeEach
  void open() {
    store = StoreAccess.open(dataDir);
    Filing filing = new Filing(CONFIG.units(), CONFIG.categories(), CONFIG.sla(), store.tickets());
    reports =
        new DirectReports(
            CONFIG.triage(), CONFIG.units(), CONFIG.categories(), CONFIG.sla(), filing);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aReportWithoutDiacriticsIsFiledInItsCommuneAndTheSameOriginFilesOnce() {
    DirectReport report = fromPage("cho tu phat hop dong nguoi o ap 4 xa phu nghia tu sang");
    Ready ready = (Ready) reports.assess(report, VI);
    assertThat(ready.category()).isEqualTo("SPONTANEOUS_MARKET");
    assertThat(ready.queue().code()).isEqualTo(PHU_NGHIA);
    assertThat(ready.placeSettled()).isTrue();

    Ticket ticket = reports.file(ready, List.of("photo-1"), AT);
    assertThat(reports.file(ready, List.of("photo-1"), AT)).isEqualTo(ticket);
    assertThat(store.tickets().filedFrom(report.origin())).contains(ticket);
    assertThat(ticket.reported().reporter().channel()).isEqualTo(Channel.WEB);
    assertThat(ticket.reported().attachments()).hasSize(1);
    DirectReports.Receipt receipt = reports.receipt(ticket, VI);
    assertThat(receipt.code()).isEqualTo(ticket.code().toString());
    assertThat(receipt.place()).contains("Ấp 4", "Xã Phú Nghĩa");
    assertThat(receipt.acknowledgeBy()).matches("\\d\\d:\\d\\d \\d\\d/\\d\\d");
    assertThat(receipt.placeSettled()).isTrue();
  }

  @Test
  void aPhoneIsKeptOnAHelpRequestAndDroppedFromAReportAboutOthers() {
    Contact phone = new Contact("0912345678", "số 5 ấp 4");
    Ticket help =
        reports.file(
            (Ready)
                reports.assess(
                    withContact(fromPartner("Nhà tôi ở xã Phú Nghĩa hết gạo", "HELP_FOOD"), phone),
                    VI),
            List.of(),
            AT);
    assertThat(help.reported().contact()).isEqualTo(phone);
    Ticket market =
        reports.file(
            (Ready)
                reports.assess(
                    withContact(
                        fromPartner("Chợ tự phát ở xã Phú Nghĩa", "SPONTANEOUS_MARKET"), phone),
                    VI),
            List.of(),
            AT);
    assertThat(market.reported().contact()).isEqualTo(Contact.NONE);
  }

  @Test
  void aCommuneNamedInTwoDistrictsIsOfferedToTheCitizenAndTheChoiceFilesThere() {
    String text = "Có đám cưới tụ tập hơn 50 người ở xã Tân Thành tối nay";
    ChoosePlace ask = (ChoosePlace) reports.assess(fromPage(text), VI);
    assertThat(ask.why()).isEqualTo(Why.AMBIGUOUS);
    assertThat(ask.choices())
        .extracting(Choice::value)
        .containsExactlyInAnyOrder(TAN_THANH_DONG_XOAI.value(), TAN_THANH_OTHER.value());
    assertThat(ask.choices()).allMatch(choice -> choice.label().matches("Xã Tân Thành \\(.+\\)"));

    DirectReport chosen = withPlace(fromPage(text), TAN_THANH_OTHER);
    Ready ready = (Ready) reports.assess(chosen, VI);
    assertThat(ready.queue().code()).isEqualTo(TAN_THANH_OTHER);
  }

  @Test
  void aPartnersReportWithAnOpenPlaceIsFiledAboveTheCandidatesForOfficersToSettle() {
    DirectReport report =
        fromPartner("Có đám cưới tụ tập hơn 50 người ở xã Tân Thành tối nay", "GATHERING");
    Ready ready = (Ready) reports.assess(report, VI);
    assertThat(ready.placeSettled()).isFalse();
    assertThat(ready.note())
        .isEqualTo("place? " + TAN_THANH_DONG_XOAI.value() + " " + TAN_THANH_OTHER.value());
    Ticket ticket = reports.file(ready, List.of(), AT);
    assertThat(reports.receipt(ticket, VI).placeSettled()).isFalse();
  }

  @Test
  void anUrgentReportIsFiledAtOnceEvenWithItsPlaceOpen() {
    DirectReport report = fromPage("Bố tôi khó thở, spo2 chỉ còn 88, nhà ở xã Tân Thành, cứu với");
    Ready ready = (Ready) reports.assess(report, VI);
    assertThat(ready.urgent()).isTrue();
    assertThat(ready.priority()).isEqualTo(Priority.URGENT);
    assertThat(ready.placeSettled()).isFalse();
  }

  @Test
  void aDistrictAloneAsksWhichOfItsCommunes() {
    ChoosePlace ask =
        (ChoosePlace) reports.assess(fromPage("Chợ tự phát họp rất đông ở huyện Đồng Phú"), VI);
    assertThat(ask.why()).isEqualTo(Why.WHICH_COMMUNE);
    assertThat(ask.within()).contains("Đồng Phú");
    assertThat(ask.choices()).hasSizeGreaterThan(3);
  }

  @Test
  void noPlaceAsksWhereAndAPlaceSaidApartOrAPointSettlesIt() {
    String text = "Chợ tự phát họp rất đông người từ sáng, không ai đeo khẩu trang";
    ChoosePlace ask = (ChoosePlace) reports.assess(fromPage(text), VI);
    assertThat(ask.why()).isEqualTo(Why.NONE);
    assertThat(ask.choices()).isEmpty();

    DirectReport said =
        new DirectReport(
            "web:said",
            PAGE,
            text,
            "Phú Nghĩa",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Contact.NONE,
            true);
    assertThat(((Ready) reports.assess(said, VI)).queue().code()).isEqualTo(PHU_NGHIA);
  }

  @Test
  void anUnsureCategoryIsOfferedWithOtherLastAndTheChoiceIsKept() {
    DirectReport report = fromPage("Ở xã Phú Nghĩa có chuyện này cần báo");
    ChooseCategory ask = (ChooseCategory) reports.assess(report, VI);
    assertThat(ask.choices().getLast().value()).isEqualTo("OTHER");
    assertThat(ask.choices()).allMatch(choice -> !choice.label().isBlank());

    DirectReport chosen =
        new DirectReport(
            report.origin(),
            PAGE,
            report.text(),
            "",
            Optional.empty(),
            Optional.empty(),
            Optional.of("GATHERING"),
            Contact.NONE,
            true);
    assertThat(((Ready) reports.assess(chosen, VI)).category()).isEqualTo("GATHERING");
  }

  @Test
  void aPointNarrowsACommuneNameToTheDistrictItLiesIn() {
    DirectReport report =
        new DirectReport(
            "open311:point",
            new Reporter(Channel.OPEN311, "portal"),
            "Đám cưới tụ tập đông người ở xã Tân Thành",
            "",
            Optional.of(new GeoPoint(11.535, 106.883)),
            Optional.empty(),
            Optional.of("GATHERING"),
            Contact.NONE,
            false);
    Ready ready = (Ready) reports.assess(report, VI);
    assertThat(ready.placeSettled()).isTrue();
    assertThat(ready.queue().code()).isEqualTo(TAN_THANH_DONG_XOAI);
    assertThat(reports.file(ready, List.of(), AT).reported().location())
        .contains(new GeoPoint(11.535, 106.883));
  }

  static DirectReport fromPage(String text) {
    return new DirectReport(
        "web:" + text.hashCode(),
        PAGE,
        text,
        "",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Contact.NONE,
        true);
  }

  static DirectReport fromPartner(String text, String service) {
    return new DirectReport(
        "open311:" + text.hashCode(),
        new Reporter(Channel.OPEN311, "portal"),
        text,
        "",
        Optional.empty(),
        Optional.empty(),
        Optional.of(service),
        Contact.NONE,
        false);
  }

  static DirectReport withContact(DirectReport r, Contact contact) {
    return new DirectReport(
        r.origin(),
        r.reporter(),
        r.text(),
        r.placeText(),
        r.point(),
        r.chosenPlace(),
        r.chosenCategory(),
        contact,
        r.citizenChooses());
  }

  static DirectReport withPlace(DirectReport r, UnitCode place) {
    return new DirectReport(
        r.origin(),
        r.reporter(),
        r.text(),
        r.placeText(),
        r.point(),
        Optional.of(place),
        r.chosenCategory(),
        r.contact(),
        r.citizenChooses());
  }
}
