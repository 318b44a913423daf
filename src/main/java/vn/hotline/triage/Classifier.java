package vn.hotline.triage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hotline.category.Category;

/**
 * Tells the category of a report: the configured phrases of each category add their weight to its
 * score, and a logistic regression over words and word pairs, trained at start-up on the corpus,
 * adds what it learnt. Gives the category, its probability, the next two, and the words that
 * decided it.
 */
final class Classifier {
  private static final double EVIDENCE_FLOOR = 0.3;
  private static final int EVIDENCE_MAX = 4;

  private final List<String> codes;
  private final double phraseScale;
  private final Map<String, Integer> featureIds;
  private final CategoryPhrases phrases;
  private final SoftmaxModel model;

  private Classifier(
      List<String> codes,
      double phraseScale,
      Map<String, Integer> featureIds,
      CategoryPhrases phrases,
      SoftmaxModel model) {
    this.codes = codes;
    this.phraseScale = phraseScale;
    this.featureIds = featureIds;
    this.phrases = phrases;
    this.model = model;
  }

  /**
   * How the classifier learns: passes over the corpus, step size, L2 strength, and how much one
   * unit of phrase weight in {@code categories.yml} adds to a category's score.
   */
  record Settings(int epochs, double learningRate, double l2, double phraseScale) {
    static final Settings DEFAULT = new Settings(30, 0.03, 1e-4, 0.3);
  }

  /** Learns from the corpus, each text both as written and without its diacritics. */
  static Classifier train(
      List<Category> categories,
      List<LabelledReport> corpus,
      Normaliser normaliser,
      Settings settings) {
    List<String> codes = categories.stream().map(Category::code).toList();
    CategoryPhrases phrases = new CategoryPhrases(categories, normaliser);
    Map<String, Integer> featureIds = new HashMap<>();
    List<SoftmaxModel.Example> examples = new ArrayList<>();
    for (LabelledReport example : corpus) {
      int label = codes.indexOf(example.category());
      Text text = normaliser.normalise(example.text());
      examples.add(example(text, label, featureIds, phrases, settings.phraseScale(), codes.size()));
      if (text.marked) {
        Text plain = normaliser.normalise(Normaliser.withoutMarks(example.text()));
        examples.add(
            example(plain, label, featureIds, phrases, settings.phraseScale(), codes.size()));
      }
    }
    SoftmaxModel model = SoftmaxModel.train(examples, featureIds.size(), codes.size(), settings);
    return new Classifier(codes, settings.phraseScale(), Map.copyOf(featureIds), phrases, model);
  }

  private static SoftmaxModel.Example example(
      Text text,
      int label,
      Map<String, Integer> featureIds,
      CategoryPhrases phrases,
      double scale,
      int classes) {
    int[] ids = new int[Features.MAX_WORDS * 3 + 1];
    int[] count = {0};
    Features.extract(
        text,
        (name, start, end) ->
            ids[count[0]++] = featureIds.computeIfAbsent(name, k -> featureIds.size()));
    return new SoftmaxModel.Example(
        distinct(ids, count[0]), offsets(text, phrases, scale, classes), label);
  }

  private static int[] distinct(int[] ids, int count) {
    int[] sorted = Arrays.copyOf(ids, count);
    Arrays.sort(sorted);
    int unique = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[unique++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, unique);
  }

  /** The phrase score of each category: each phrase found counts once, however often it occurs. */
  private static double[] offsets(Text text, CategoryPhrases phrases, double scale, int classes) {
    return offsets(text, phrases, scale, classes, new ArrayList<>(2));
  }

  /** As above, collecting the first place each phrase was found into {@code hits}. */
  private static double[] offsets(
      Text text, CategoryPhrases phrases, double scale, int classes, List<Hit> hits) {
    double[] offsets = new double[classes];
    phrases.find(
        text,
        Features.MAX_WORDS,
        (phrase, start, end) -> {
          if (hits.stream().noneMatch(hit -> hit.phrase() == phrase)) {
            hits.add(new Hit(phrase, start, end));
            offsets[phrase.category()] += scale * phrase.weight();
          }
        });
    return offsets;
  }

  Classification classify(Text text) {
    Found found = new Found();
    Features.extract(
        text,
        (name, start, end) -> {
          Integer id = featureIds.get(name);
          if (id != null) {
            found.add(id, start, end);
          }
        });
    List<Hit> hits = new ArrayList<>(2);
    double[] offsets = offsets(text, phrases, phraseScale, codes.size(), hits);
    if (found.count == 0 && hits.isEmpty()) {
      return new Classification(Category.OTHER, 0, List.of(), List.of());
    }
    int[] features = distinct(found.ids, found.count);
    double[] probabilities = new double[codes.size()];
    model.probabilities(features, features.length, offsets, probabilities);
    int[] ranked = topThree(probabilities);
    List<TriageResult.Alternative> alternatives = new ArrayList<>(2);
    for (int r = 1; r < ranked.length && ranked[r] >= 0; r++) {
      alternatives.add(
          new TriageResult.Alternative(codes.get(ranked[r]), probabilities[ranked[r]]));
    }
    List<String> evidence =
        evidence(text, found, hits, ranked[0], ranked[1] >= 0 ? ranked[1] : ranked[0]);
    return new Classification(
        codes.get(ranked[0]), probabilities[ranked[0]], alternatives, evidence);
  }

  /**
   * The indices of the three highest probabilities, highest first; -1 where there are fewer
   * classes.
   */
  private static int[] topThree(double[] probabilities) {
    int[] top = {-1, -1, -1};
    for (int c = 0; c < probabilities.length; c++) {
      for (int r = 0; r < top.length; r++) {
        if (top[r] < 0 || probabilities[c] > probabilities[top[r]]) {
          System.arraycopy(top, r, top, r + 1, top.length - r - 1);
          top[r] = c;
          break;
        }
      }
    }
    return top;
  }

  /**
   * The words that weigh most for the chosen category against the runner-up, as the citizen wrote
   * them.
   */
  private List<String> evidence(Text text, Found found, List<Hit> hits, int chosen, int runnerUp) {
    List<Evidence> candidates = new ArrayList<>();
    for (Hit hit : hits) {
      if (hit.phrase().category() == chosen
          && phraseScale * hit.phrase().weight() >= EVIDENCE_FLOOR) {
        candidates.add(new Evidence(hit.start(), hit.end(), phraseScale * hit.phrase().weight()));
      }
    }
    for (int i = 0; i < found.count; i++) {
      double weight = model.weight(found.ids[i], chosen) - model.weight(found.ids[i], runnerUp);
      if (weight >= EVIDENCE_FLOOR && telling(text, found.starts[i], found.ends[i])) {
        candidates.add(new Evidence(found.starts[i], found.ends[i], weight));
      }
    }
    candidates.sort((a, b) -> Double.compare(b.weight, a.weight));
    List<Evidence> picked = new ArrayList<>(EVIDENCE_MAX);
    for (Evidence candidate : candidates) {
      if (picked.size() == EVIDENCE_MAX) {
        break;
      }
      if (picked.stream().noneMatch(p -> p.start < candidate.end && candidate.start < p.end)) {
        picked.add(candidate);
      }
    }
    picked.sort((a, b) -> Integer.compare(a.start, b.start));
    return picked.stream().map(e -> text.accentedSpan(e.start, e.end)).distinct().toList();
  }

  /**
   * Whether words are worth showing an officer: a pair of words, or one word of three letters or
   * more; not "em", "2" or the question mark.
   */
  private static boolean telling(Text text, int start, int end) {
    return end - start > 1
        || end > start
            && text.words[start].length() >= 3
            && Character.isLetter(text.words[start].charAt(0));
  }

  /** A configured phrase found in the text, where it was first found. */
  private record Hit(CategoryPhrases.Phrase phrase, int start, int end) {}

  /** The known features of a text with the words each covers, in the order found. */
  private static final class Found {
    private final int[] ids = new int[Features.MAX_WORDS * 3 + 1];
    private final int[] starts = new int[ids.length];
    private final int[] ends = new int[ids.length];
    private int count;

    void add(int id, int start, int end) {
      ids[count] = id;
      starts[count] = start;
      ends[count++] = end;
    }
  }

  private record Evidence(int start, int end, double weight) {}

  /** What the classifier says about one text. */
  record Classification(
      String category,
      double confidence,
      List<TriageResult.Alternative> alternatives,
      List<String> evidence) {}
}
