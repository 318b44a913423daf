package vn.hotline.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.hotline.category.Priority;
import vn.hotline.config.BotConfig;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;

/**
 * The triage of the default deployment, built from {@code bot-config/} as the service builds it.
 */
class TriageTest {
  private static final Triage TRIAGE = BotConfig.load(Path.of("bot-config")).triage();
  private static final GeoPoint IN_DONG_XOAI = new GeoPoint(11.535, 106.883);
  private static final GeoPoint IN_BU_DOP = new GeoPoint(11.99, 106.82);
  private static final GeoPoint OUTSIDE_THE_PROVINCE = new GeoPoint(10.78, 106.70);

  @Test
  void classifiesAReportWithItsEvidenceAndAlternatives() {
    TriageResult result =
        TRIAGE.assess("Đầu hẻm sáng nào cũng họp chợ tự phát, người mua kẻ bán chen chúc");
    assertThat(result.category()).isEqualTo("SPONTANEOUS_MARKET");
    assertThat(result.confidence()).isBetween(0.5, 1.0);
    assertThat(result.alternatives()).hasSize(2);
    assertThat(result.alternatives())
        .extracting(TriageResult.Alternative::category)
        .doesNotContain("SPONTANEOUS_MARKET");
    assertThat(result.alternatives().get(0).score()).isLessThanOrEqualTo(result.confidence());
    assertThat(result.evidence()).isNotEmpty().anyMatch(word -> word.contains("chợ"));
  }

  @Test
  void classifiesTheSameWithAndWithoutDiacritics() {
    assertThat(TRIAGE.assess("Nhà tôi hết gạo hai ngày rồi, xin hỗ trợ").category())
        .isEqualTo("HELP_FOOD");
    assertThat(TRIAGE.assess("nha toi het gao 2 ngay roi, xin ho tro").category())
        .isEqualTo("HELP_FOOD");
  }

  @Test
  void classifiesEnglishReports() {
    assertThat(TRIAGE.assess("We have run out of rice and our children are hungry").category())
        .isEqualTo("HELP_FOOD");
    assertThat(
            TRIAGE
                .assess("Someone posing as a health worker asked us to transfer money")
                .category())
        .isEqualTo("MISINFORMATION");
  }

  @Test
  void mixedReportIsClassifiedByItsMainAsk() {
    TriageResult result =
        TRIAGE.assess("Nhà em đang cách ly tại nhà mà hết gạo hết đồ ăn rồi, xin xã hỗ trợ");
    assertThat(result.category()).isEqualTo("HELP_FOOD");
  }

  @Test
  void dangerToLifeMakesAnyCategoryUrgent() {
    TriageResult result =
        TRIAGE.assess("Hàng xóm đang cách ly trốn ra ngoài nhậu, giờ ổng khó thở, môi tím");
    assertThat(result.urgency()).isEqualTo(Priority.URGENT);
    assertThat(result.urgent()).isTrue();
    assertThat(result.dangerSigns()).contains("khó thở", "môi tím");
  }

  @Test
  void withoutDangerTheCategoryDefaultPriorityApplies() {
    TriageResult breach = TRIAGE.assess("Nhà bên đang cách ly mà sáng nào cũng ra quán cà phê");
    assertThat(breach.category()).isEqualTo("QUARANTINE_VIOLATION");
    assertThat(breach.urgency()).isEqualTo(Priority.HIGH);
    TriageResult market = TRIAGE.assess("Chợ cóc ở ngã tư họp mỗi sáng, đông người");
    assertThat(market.urgency()).isEqualTo(Priority.NORMAL);
    assertThat(market.dangerSigns()).isEmpty();
  }

  @Test
  void emptyAndEmojiOnlyTextsAreOtherWithNoPlace() {
    for (String text : new String[] {"", null, "   ", "😷🙏"}) {
      TriageResult result = TRIAGE.assess(text);
      assertThat(result.category()).isEqualTo("OTHER");
      assertThat(result.confidence()).isZero();
      assertThat(result.urgency()).isEqualTo(Priority.NORMAL);
      assertThat(result.place()).isInstanceOf(PlaceResult.None.class);
    }
  }

  @Test
  void aHundredThousandCharacterTextIsAssessedFastAndItsLastWordsStillCount() {
    String text =
        "Có chợ tự phát đông người ở đầu hẻm, ".repeat(2800) + "ở xã Phú Nghĩa, mẹ tôi khó thở";
    assertThat(text.length()).isGreaterThan(100_000);
    TRIAGE.assess(text);
    long started = System.nanoTime();
    TriageResult result = TRIAGE.assess(text);
    long micros = (System.nanoTime() - started) / 1000;
    assertThat(result.urgency()).isEqualTo(Priority.URGENT);
    assertThat(result.place().unit()).map(Unit::code).contains(new UnitCode("25267"));
    assertThat(micros).isLessThan(100_000);
  }

  @Test
  void sharedLocationGivesTheCommunesOfItsDistrict() {
    PlaceResult place = TRIAGE.assess("có chợ tự phát đông lắm", IN_BU_DOP).place();
    assertThat(place).isInstanceOf(PlaceResult.Ambiguous.class);
    assertThat(place.candidates())
        .extracting(Unit::code)
        .containsExactly(
            Stream.of("25308", "25309", "25310", "25312", "25315", "25318", "25321")
                .map(UnitCode::new)
                .toArray(UnitCode[]::new));
  }

  @Test
  void sharedLocationSettlesASharedName() {
    PlaceResult place = TRIAGE.assess("chợ tự phát ở Tân Thành", IN_DONG_XOAI).place();
    assertThat(place.unit()).map(Unit::code).contains(new UnitCode("25207"));
  }

  @Test
  void namedPlaceWinsOverTheLocation() {
    PlaceResult place = TRIAGE.assess("chợ tự phát ở xã Phú Nghĩa", IN_DONG_XOAI).place();
    assertThat(place.unit()).map(Unit::code).contains(new UnitCode("25267"));
  }

  @Test
  void locationOutsideEveryDistrictLeavesTheTextToSpeak() {
    assertThat(TRIAGE.assess("chợ tự phát", OUTSIDE_THE_PROVINCE).place())
        .isInstanceOf(PlaceResult.None.class);
  }
}
