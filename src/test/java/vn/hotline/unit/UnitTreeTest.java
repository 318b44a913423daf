package vn.hotline.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitTreeTest {
  static final Unit PROVINCE =
      new Unit(new UnitCode("70"), "Bình Phước", "Tỉnh", UnitLevel.PROVINCE, null, -70L, "BP");
  static final Unit DISTRICT =
      new Unit(
          new UnitCode("691"),
          "Bù Gia Mập",
          "Huyện",
          UnitLevel.DISTRICT,
          new UnitCode("70"),
          null,
          "BGM");
  static final Unit COMMUNE =
      new Unit(
          new UnitCode("25267"),
          "Phú Nghĩa",
          "Xã",
          UnitLevel.COMMUNE,
          new UnitCode("691"),
          null,
          "PN");
  static final Unit VILLAGE =
      new Unit(
          new UnitCode("25267-04"),
          "4",
          "Ấp",
          UnitLevel.VILLAGE,
          new UnitCode("25267"),
          null,
          "AP");

  static UnitTree tree(Unit... units) {
    return ((UnitTree.Result.Built) UnitTree.of(List.of(units))).tree();
  }

  @Test
  void ancestorsRunFromTheNearestUpToTheRoot() {
    UnitTree tree = tree(VILLAGE, COMMUNE, DISTRICT, PROVINCE);
    assertThat(tree.ancestors(VILLAGE)).containsExactly(COMMUNE, DISTRICT, PROVINCE);
    assertThat(tree.isWithin(VILLAGE, DISTRICT)).isTrue();
    assertThat(tree.isWithin(DISTRICT, COMMUNE)).isFalse();
  }

  @Test
  void aUnitWithoutAGroupIsHeardByItsNearestAncestorWithOne() {
    UnitTree tree = tree(PROVINCE, DISTRICT, COMMUNE, VILLAGE);
    assertThat(tree.withCommandChat(COMMUNE)).contains(PROVINCE);
  }

  @Test
  void namesAreFoundWithoutDiacriticsOrCase() {
    UnitTree tree = tree(PROVINCE, DISTRICT, COMMUNE);
    assertThat(tree.named("phu nghia")).containsExactly(COMMUNE);
    assertThat(tree.named("PHÚ NGHĨA")).containsExactly(COMMUNE);
    assertThat(tree.named("bu gia map")).containsExactly(DISTRICT);
  }

  @Test
  void aLevelThatDoesNotFitBelowItsParentIsRefused() {
    Unit districtUnderCommune =
        new Unit(
            new UnitCode("999"),
            "Lạ",
            "Huyện",
            UnitLevel.DISTRICT,
            new UnitCode("25267"),
            null,
            "LA");
    assertThat(UnitTree.of(List.of(PROVINCE, DISTRICT, COMMUNE, districtUnderCommune)))
        .isEqualTo(
            new UnitTree.Result.Refused("999", "a DISTRICT cannot sit below the COMMUNE 25267"));
  }

  @Test
  void twoRootsAreRefused() {
    Unit other = new Unit(new UnitCode("71"), "Khác", "Tỉnh", UnitLevel.PROVINCE, null, null, "KH");
    assertThat(UnitTree.of(List.of(PROVINCE, other))).isInstanceOf(UnitTree.Result.Refused.class);
  }

  @Test
  void foldingRemovesDiacriticsAndPunctuation() {
    assertThat(NameKey.fold("Xã Đak Ơ!")).isEqualTo("xa dak o");
    assertThat(NameKey.fold("  Thị trấn  Tân-Phú ")).isEqualTo("thi tran tan phu");
  }

  @Test
  void codePrefixesAreInitialsOrLettersOfTheTypeWord() {
    assertThat(CodePrefix.derive("Phú Nghĩa", "Xã")).isEqualTo("PN");
    assertThat(CodePrefix.derive("Bù Gia Mập", "Huyện")).isEqualTo("BGM");
    assertThat(CodePrefix.derive("Đak Ơ", "Xã")).isEqualTo("DO");
    assertThat(CodePrefix.derive("12", "Phường")).isEqualTo("PH");
    assertThat(CodePrefix.derive("Sơn", "Xã")).isEqualTo("XA");
  }
}
