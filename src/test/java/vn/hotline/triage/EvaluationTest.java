package vn.hotline.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hotline.category.Priority;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;

class EvaluationTest {
  private static final Unit TAN_THANH_DX =
      new Unit(
          new UnitCode("25207"),
          "Tân Thành",
          "Xã",
          UnitLevel.COMMUNE,
          new UnitCode("689"),
          null,
          "TT");
  private static final Unit TAN_THANH_BD =
      new Unit(
          new UnitCode("25318"),
          "Tân Thành",
          "Xã",
          UnitLevel.COMMUNE,
          new UnitCode("693"),
          null,
          "TT");

  private static TriageResult said(String category, Priority urgency, PlaceResult place) {
    return new TriageResult(category, 0.9, List.of(), urgency, List.of(), List.of(), place);
  }

  @Test
  void computesAccuracyPrecisionRecallAndMacroF1() {
    Evaluation evaluation = new Evaluation(List.of("A", "B", "OTHER"));
    evaluation.add(
        new Evaluation.Expected("A", null, null),
        said("A", Priority.NORMAL, new PlaceResult.None()));
    evaluation.add(
        new Evaluation.Expected("A", null, null),
        said("B", Priority.NORMAL, new PlaceResult.None()));
    evaluation.add(
        new Evaluation.Expected("B", null, null),
        said("B", Priority.NORMAL, new PlaceResult.None()));
    evaluation.add(
        new Evaluation.Expected("B", null, null),
        said("B", Priority.NORMAL, new PlaceResult.None()));
    assertThat(evaluation.accuracy()).isEqualTo(0.75);
    assertThat(evaluation.precision("A")).isEqualTo(1.0);
    assertThat(evaluation.recall("A")).isEqualTo(0.5);
    assertThat(evaluation.precision("B")).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(evaluation.recall("B")).isEqualTo(1.0);
    assertThat(evaluation.macroF1()).isCloseTo((2.0 / 3 + 0.8) / 2, within(1e-9));
    assertThat(evaluation.report()).contains("macro-F1").contains("confusion");
  }

  @Test
  void urgentRecallAndPrecisionCountOnlyLabelledReports() {
    Evaluation evaluation = new Evaluation(List.of("A"));
    evaluation.add(
        new Evaluation.Expected("A", Priority.URGENT, null),
        said("A", Priority.URGENT, new PlaceResult.None()));
    evaluation.add(
        new Evaluation.Expected("A", Priority.URGENT, null),
        said("A", Priority.HIGH, new PlaceResult.None()));
    evaluation.add(
        new Evaluation.Expected("A", Priority.NORMAL, null),
        said("A", Priority.URGENT, new PlaceResult.None()));
    evaluation.add(
        new Evaluation.Expected("A", null, null),
        said("A", Priority.URGENT, new PlaceResult.None()));
    assertThat(evaluation.urgentRecall()).isEqualTo(0.5);
    assertThat(evaluation.urgentPrecision()).isEqualTo(0.5);
  }

  @Test
  void placeMatchesFoundAmbiguousAndNoneExactly() {
    PlaceResult found = new PlaceResult.Found(TAN_THANH_BD);
    PlaceResult ambiguous = new PlaceResult.Ambiguous(List.of(TAN_THANH_DX, TAN_THANH_BD));
    assertThat(Evaluation.placeMatches("25318", found)).isTrue();
    assertThat(Evaluation.placeMatches("25207", found)).isFalse();
    assertThat(Evaluation.placeMatches("25318|25207", ambiguous)).isTrue();
    assertThat(Evaluation.placeMatches("25318", ambiguous)).isFalse();
    assertThat(Evaluation.placeMatches("25318|25207|25195", ambiguous)).isFalse();
    assertThat(Evaluation.placeMatches("NONE", new PlaceResult.None())).isTrue();
    assertThat(Evaluation.placeMatches("NONE", found)).isFalse();
  }
}
