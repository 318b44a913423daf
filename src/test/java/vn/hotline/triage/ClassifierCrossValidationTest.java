package vn.hotline.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hotline.config.BotConfig;

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
    List<Corpus.Example> corpus =
        Corpus.read(config.dir().resolve(Corpus.FILE), Corpus.FILE, config.categories());
    List<Corpus.Example> extra =
        Corpus.read(
            config.dir().resolve(Corpus.EXTRA_FILE), Corpus.EXTRA_FILE, config.categories());
    Evaluation evaluation = new Evaluation(config.categories().codes());
    for (int fold = 0; fold < FOLDS; fold++) {
      List<Corpus.Example> training = new ArrayList<>(extra);
      List<Corpus.Example> heldOut = new ArrayList<>();
      Map<String, Integer> seen = new HashMap<>();
      for (Corpus.Example example : corpus) {
        int index = seen.merge(example.category(), 1, Integer::sum);
        (index % FOLDS == fold ? heldOut : training).add(example);
      }
      Triage triage = Triage.of(config.units(), config.categories(), training, Boundaries.none());
      for (Corpus.Example example : heldOut) {
        evaluation.add(
            new Evaluation.Expected(example.category(), null, null), triage.assess(example.text()));
      }
    }
    System.out.println(
        "Cross-validated on the corpus (" + FOLDS + " folds):\n" + evaluation.report());
    assertThat(evaluation.macroF1()).isGreaterThan(0.85);
  }
}
