package vn.hotline.triage;

import java.util.List;
import vn.hotline.category.Categories;
import vn.hotline.category.Priority;
import vn.hotline.unit.Outline;
import vn.hotline.unit.UnitTree;

/**
 * Screens a citizen's report the way a 1022 operator would: which category, how urgent, and which
 * unit it is about. Everything is prepared when it is built (the classifier is trained on the
 * corpus, the word lists and unit names are indexed), so that {@link #assess} reads the text once,
 * in a few microseconds, allocates nothing large, and is safe to call from many threads.
 */
public final class Triage {
  private final Categories categories;
  private final Normaliser normaliser;
  private final Classifier classifier;
  private final UrgencyDetector urgency;
  private final PlaceFinder places;
  private final Boundaries boundaries;

  private Triage(
      Categories categories,
      Normaliser normaliser,
      Classifier classifier,
      UrgencyDetector urgency,
      PlaceFinder places,
      Boundaries boundaries) {
    this.categories = categories;
    this.normaliser = normaliser;
    this.classifier = classifier;
    this.urgency = urgency;
    this.places = places;
    this.boundaries = boundaries;
  }

  /**
   * The triage of a deployment: its categories and units, the classifier trained on its labelled
   * reports, and the district outlines that tell where a shared location lies (none gives no place
   * from a location).
   */
  public static Triage of(
      UnitTree units, Categories categories, List<LabelledReport> corpus, List<Outline> outlines) {
    return of(
        units, categories, corpus, Boundaries.of(outlines, units), Classifier.Settings.DEFAULT);
  }

  static Triage of(
      UnitTree units,
      Categories categories,
      List<LabelledReport> corpus,
      Boundaries boundaries,
      Classifier.Settings settings) {
    Normaliser normaliser = Normaliser.standard();
    Classifier classifier = Classifier.train(categories.all(), corpus, normaliser, settings);
    PlaceWords placeWords = new PlaceWords(units);
    List<Text> texts =
        corpus.stream().map(example -> normaliser.normalise(example.text())).toList();
    PlaceFinder places =
        new PlaceFinder(units, placeWords, EverydayNames.in(texts, units, placeWords));
    return new Triage(
        categories, normaliser, classifier, UrgencyDetector.standard(), places, boundaries);
  }

  /**
   * The category, urgency and place of a report; an empty or null text gives OTHER and no place.
   */
  public TriageResult assess(String text) {
    Text normalised = normaliser.normalise(text);
    return assess(normalised, places.find(normalised));
  }

  /**
   * As {@link #assess(String)}, with the location the citizen shared narrowing or giving the place.
   */
  public TriageResult assess(String text, GeoPoint location) {
    Text normalised = normaliser.normalise(text);
    PlaceResult fromText = places.find(normalised);
    PlaceResult place =
        boundaries.unitAt(location).map(area -> places.near(fromText, area)).orElse(fromText);
    return assess(normalised, place);
  }

  private TriageResult assess(Text text, PlaceResult place) {
    Classifier.Classification classification = classifier.classify(text);
    List<String> signs = urgency.signs(text);
    Priority priority =
        signs.isEmpty() ? categories.get(classification.category()).priority() : Priority.URGENT;
    return new TriageResult(
        classification.category(),
        classification.confidence(),
        classification.alternatives(),
        priority,
        classification.evidence(),
        signs,
        place);
  }
}
