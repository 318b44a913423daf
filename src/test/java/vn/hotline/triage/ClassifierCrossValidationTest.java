package vn.hotline.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hotline.config.BotConfig;
import vn.hotline.config.CorpusFile;

/**
 * Trains on four fifths of the shipped corpus (and all of the extra corpus) and scores the fifth
 * left out, five times over: the classifier must generalise to reports it has not seen, not
 * remember the ones it has.
 */
class ClassifierCrossValidationTest {
  private static final int FOLDS = 5;

  @Test
  void classifiesReportsLeftOutOfTrainingWell() {
    BotConfig config = BotConfig.load(Path.of("bot-config"));
    List<LabelledReport> corpus =
        CorpusFile.read(
            config.dir().resolve(CorpusFile.FILE), CorpusFile.FILE, config.categories());
    List<LabelledReport> extra =
        CorpusFile.read(
            config.dir().resolve(CorpusFile.EXTRA_FILE),
            CorpusFile.EXTRA_FILE,
            config.categories());
    Evaluation evaluation = new Evaluation(config.categories().codes());
    for (int fold = 0; fold < FOLDS; fold++) {
      List<LabelledReport> training = new ArrayList<>(extra);
      List<LabelledReport> heldOut = new ArrayList<>();
      Map<String, Integer> seen = new HashMap<>();
      for (LabelledReport example : corpus) {
        int index = seen.merge(example.category(), 1, Integer::sum);
        (index % FOLDS == fold ? heldOut : training).add(example);
      }
      Triage triage = Triage.of(config.units(), config.categories(), training, List.of());
      for (LabelledReport example : heldOut) {
        evaluation.add(
            new Evaluation.Expected(example.category(), null, null), triage.assess(example.text()));
      }
    }
    System.out.println(
        "Cross-validated on the corpus (" + FOLDS + " folds):\n" + evaluation.report());
    assertThat(evaluation.macroF1()).isGreaterThan(0.85);
  }
}
