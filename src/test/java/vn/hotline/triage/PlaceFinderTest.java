package vn.hotline.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hotline.config.BotConfig;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/** The place finder on the default tree of Bình Phước, where seven commune names are shared. */
class PlaceFinderTest {
  private static final UnitTree UNITS = BotConfig.load(Path.of("bot-config")).units();
  private static final Normaliser NORMALISER = Normaliser.standard();
  private static final PlaceFinder FINDER = new PlaceFinder(UNITS, new PlaceWords(UNITS), Set.of());

  private static PlaceResult find(String text) {
    return FINDER.find(NORMALISER.normalise(text));
  }

  private static String codes(PlaceResult place) {
    return switch (place) {
      case PlaceResult.Found found -> found.found().code().value();
      case PlaceResult.Ambiguous ambiguous ->
          String.join("|", ambiguous.units().stream().map(u -> u.code().value()).sorted().toList());
      case PlaceResult.None none -> "NONE";
    };
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "có chợ tự phát ở Tân Thành; 25207|25318",
        "người từ vùng dịch về Tân Hưng; 25345|25375",
        "đám cưới đông người ở Tân Lợi; 25342|25378",
        "Tân Tiến có người trốn cách ly; 25321|25393",
        "tụ tập nhậu ở Minh Hưng; 25408|25441",
        "chợ cóc ở Thanh Bình; 25308|25354",
        "quán cà phê ở Tân Phú vẫn bán tại chỗ; 25195|25363"
      })
  void sharedCommuneNameAloneIsAmbiguousBetweenAllItsCommunes(String text, String expected) {
    assertThat(codes(find(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "ở Tân Thành, Bù Đốp có chợ tự phát; 25318",
        "xã Tân Thành thành phố Đồng Xoài; 25207",
        "Tân Hưng huyện Hớn Quản; 25345",
        "Tân Hưng, Đồng Phú; 25375",
        "xã Tân Lợi (Đồng Phú); 25378",
        "Tân Tiến h. Bù Đốp; 25321",
        "Minh Hưng thị xã Chơn Thành; 25441",
        "Thanh Bình huyện Hớn Quản; 25354",
        "Tân Phú, TP Đồng Xoài; 25195"
      })
  void districtNamedBesideSharedNameSettlesIt(String text, String expected) {
    assertThat(codes(find(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "thị trấn Thanh Bình; 25308",
        "xã Thanh Bình; 25354",
        "tt Tân Phú; 25363",
        "p. Tân Phú; 25195",
        "phường Minh Hưng; 25441",
        "xã Minh Hưng; 25408",
        "thi tran Tan Phu; 25363",
        "xa Tan Thanh; 25207|25318"
      })
  void typeWordSettlesSharedNameWhenItFitsOnlyOne(String text, String expected) {
    assertThat(codes(find(text))).isEqualTo(expected);
  }

  @Test
  void tanThanhWithBuDopWithoutDiacriticsSettlesToBuDopCommune() {
    assertThat(codes(find("o tan thanh bu dop co nguoi tu binh duong ve"))).isEqualTo("25318");
  }

  @Test
  void communeNamedWithoutDiacriticsOrTypeWordIsFound() {
    assertThat(codes(find("cho tu phat o phu nghia dong lam"))).isEqualTo("25267");
  }

  @Test
  void villageWithItsCommuneResolvesToTheVillage() {
    assertThat(codes(find("ấp 3 xã Phú Nghĩa có người sốt"))).isEqualTo("25267-03");
    assertThat(codes(find("thon 2 dak o"))).isEqualTo("25225-02");
    assertThat(codes(find("Phú Nghĩa, ấp số 04"))).isEqualTo("25267-04");
  }

  @Test
  void villageAloneIsNoPlace() {
    assertThat(find("ở ấp 3 có chợ tự phát")).isInstanceOf(PlaceResult.None.class);
  }

  @Test
  void villageNumberNotConfiguredUnderTheCommuneGivesTheCommune() {
    assertThat(codes(find("ấp 9 Phú Nghĩa"))).isEqualTo("25267");
    assertThat(codes(find("tổ 7 phường Tân Bình"))).isEqualTo("25201");
  }

  @Test
  void districtNamedAloneIsFound() {
    assertThat(codes(find("huyện Bù Đăng có nhiều người về"))).isEqualTo("696");
    assertThat(codes(find("o dong xoai co cho coc"))).isEqualTo("689");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "ở Bù Gia Mập có chợ cóc; 691",
        "Lộc Ninh có đám cưới; 692",
        "phu rieng co nguoi tron cach ly; 698",
        "xã Bù Gia Mập có chợ cóc; 25222",
        "thị trấn Lộc Ninh có đám cưới; 25270",
        "TT Lộc Ninh; 25270",
        "xã Phú Riềng; 25264",
        "huyện Phú Riềng; 698"
      })
  void bareNameOfDistrictAndCommuneInsideItMeansTheDistrict(String text, String expected) {
    assertThat(codes(find(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "chợ tự phát trên đường Lộc Ninh",
        "quán nhậu ở đầu đường Phú Riềng Đỏ",
        "xe tải chạy trên quốc lộ Đồng Xoài",
        "hẻm Tân Phú có người tụ tập",
        "anh Minh Hưng hàng xóm bị sốt",
        "chị Thanh Bình bán rau chưa đeo khẩu trang",
        "bác Tân Thành đi nhậu",
        "Nguyễn Thị Thanh Bình từ Bình Dương về",
        "công ty cao su Phú Riềng cho công nhân làm việc",
        "cty Tân Hưng không cho công nhân nghỉ",
        "quán Tân Phú bán tại chỗ",
        "mọi người phải thống nhất với nhau, đoàn kết chống dịch",
        "có người từ Đồng Nai về không khai báo",
        "đường 10 bị ngập"
      })
  void streetPersonCompanyAndEverydayWordsAreNotPlaces(String text) {
    assertThat(find(text)).isInstanceOf(PlaceResult.None.class);
  }

  @Test
  void nameTheCorpusUsesAsAnEverydayWordNeedsItsTypeWord() {
    List<Text> corpus =
        List.of(
                "không còn đồng tiền nào",
                "hết sạch đồng tiền",
                "dong tien cuoi cung",
                "ở Đồng Tiến có chợ")
            .stream()
            .map(NORMALISER::normalise)
            .toList();
    PlaceWords words = new PlaceWords(UNITS);
    Set<String> everyday = EverydayNames.in(corpus, UNITS, words);
    assertThat(everyday).containsExactly("dong tien");
    PlaceFinder finder = new PlaceFinder(UNITS, words, everyday);
    assertThat(finder.find(NORMALISER.normalise("không có đồng tiền nào")))
        .isInstanceOf(PlaceResult.None.class);
    assertThat(codes(finder.find(NORMALISER.normalise("xã Đồng Tiến không có đồng tiền nào"))))
        .isEqualTo("25390");
    assertThat(codes(find("không có đồng tiền nào"))).isEqualTo("25390");
  }

  @Test
  void businessInACommuneStillNamesTheCommune() {
    assertThat(codes(find("quán nước ở Phú Nghĩa bán tại chỗ"))).isEqualTo("25267");
  }

  @Test
  void everydayWordWithItsTypeWordIsThePlace() {
    assertThat(codes(find("xã Thống Nhất có đám cưới"))).isEqualTo("25420");
    assertThat(codes(find("xã Đồng Nai có người về"))).isEqualTo("25414");
    assertThat(codes(find("xã Đường 10 bị ngập"))).isEqualTo("25398");
  }

  @Test
  void placeSomeoneCameFromCountsOnlyWhenNoOtherIsNamed() {
    assertThat(codes(find("người từ Tân Khai về Phú Nghĩa không khai báo"))).isEqualTo("25267");
  }

  @Test
  void englishTypeWordsAfterTheName() {
    assertThat(codes(find("Tan Thanh commune, Bu Dop district"))).isEqualTo("25318");
    assertThat(codes(find("a market in Tan Phu town"))).isEqualTo("25363");
  }

  @Test
  void emojiOnlyEmptyAndNullTextsNameNoPlace() {
    assertThat(find("😷🙏🆘")).isInstanceOf(PlaceResult.None.class);
    assertThat(find("")).isInstanceOf(PlaceResult.None.class);
    assertThat(find(null)).isInstanceOf(PlaceResult.None.class);
  }

  @Test
  void placeAtTheEndOfAHundredThousandCharacterTextIsFound() {
    String text = "bà con tụ tập rất đông, ".repeat(4200) + "ở xã Phú Nghĩa";
    assertThat(text.length()).isGreaterThan(100_000);
    long started = System.nanoTime();
    PlaceResult place = find(text);
    assertThat(codes(place)).isEqualTo("25267");
    assertThat(System.nanoTime() - started).isLessThan(500_000_000L);
  }

  @Test
  void worksOnATreeWithoutDistricts() {
    UnitTree tree =
        ((UnitTree.Result.Built)
                UnitTree.of(
                    List.of(
                        new Unit(
                            new UnitCode("70"),
                            "Bình Phước",
                            "Tỉnh",
                            vn.hotline.unit.UnitLevel.PROVINCE,
                            null,
                            null,
                            "BP"),
                        commune("1", "Tân Thành", "Xã"),
                        commune("2", "Tân Thành", "Phường"),
                        commune("3", "Phú Nghĩa", "Xã"),
                        new Unit(
                            new UnitCode("3-01"),
                            "1",
                            "Thôn",
                            vn.hotline.unit.UnitLevel.VILLAGE,
                            new UnitCode("3"),
                            null,
                            "TH"))))
            .tree();
    PlaceFinder finder = new PlaceFinder(tree, new PlaceWords(tree), Set.of());
    assertThat(codes(finder.find(NORMALISER.normalise("ở Tân Thành có chợ cóc")))).isEqualTo("1|2");
    assertThat(codes(finder.find(NORMALISER.normalise("phường Tân Thành")))).isEqualTo("2");
    assertThat(codes(finder.find(NORMALISER.normalise("thôn 1 xã Phú Nghĩa")))).isEqualTo("3-01");
    assertThat(codes(finder.find(NORMALISER.normalise("ở Bình Phước")))).isEqualTo("NONE");
  }

  @Test
  void aTextOfManyPlaceNamesIsReadForItsFirstNamesOnlyAndARepeatedNameCountsOnce() {
    // Resolving compares every name with every other: ten thousand names took minutes.
    String everyCommune =
        String.join(
            ", ",
            UNITS.all().stream()
                .filter(u -> u.level() == UnitLevel.COMMUNE)
                .map(u -> u.kind() + " " + u.name())
                .toList());
    Text many = NORMALISER.normalise(everyCommune.repeat(40));
    PlaceFinder.Names names = FINDER.names(many);
    assertThat(names.mentions().size() + names.villages().size())
        .isEqualTo(PlaceFinder.MAX_MENTIONS);

    String report = "chợ tự phát ở ấp 4 xã Phú Nghĩa, Bù Gia Mập. ";
    Text repeated = NORMALISER.normalise(report.repeat(5_000));
    assertThat(FINDER.names(repeated).mentions()).hasSize(2);
    assertThat(codes(FINDER.find(repeated))).isEqualTo(codes(find(report)));
  }

  private static Unit commune(String code, String name, String kind) {
    return new Unit(
        new UnitCode(code),
        name,
        kind,
        vn.hotline.unit.UnitLevel.COMMUNE,
        new UnitCode("70"),
        null,
        "XX");
  }
}
