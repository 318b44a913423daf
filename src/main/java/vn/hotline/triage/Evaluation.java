package vn.hotline.triage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.hotline.category.Priority;

/**
 * How well the triage does on labelled reports: accuracy, macro-F1 and per-category precision and
 * recall, the confusion matrix, recall and precision of URGENT, and place accuracy. Operators run
 * it (through the {@code evaluate} command) to check their edits of {@code bot-config/}.
 */
public final class Evaluation {
  private final List<String> categories;
  private final Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
  private int reports;
  private int correct;
  private int urgentExpected;
  private int urgentFound;
  private int urgentBoth;
  private int places;
  private int placesRight;

  /** An evaluation over the given category codes, in the order the confusion matrix shows them. */
  public Evaluation(List<String> categories) {
    this.categories = List.copyOf(categories);
    for (String expected : categories) {
      Map<String, Integer> row = new LinkedHashMap<>();
      categories.forEach(actual -> row.put(actual, 0));
      confusion.put(expected, row);
    }
  }

  /**
   * A labelled report.
   *
   * @param category the expected category code
   * @param urgency the expected urgency, or null when not labelled
   * @param place the expected place: a unit code, codes joined by {@code |} when the text alone is
   *     ambiguous, {@code NONE}, or null when not labelled
   */
  public record Expected(String category, Priority urgency, String place) {}

  /** Counts one report: what was expected of it and what the triage said. */
  public void add(Expected expected, TriageResult actual) {
    reports++;
    if (expected.category().equals(actual.category())) {
      correct++;
    }
    Map<String, Integer> row = confusion.get(expected.category());
    if (row == null || !row.containsKey(actual.category())) {
      throw new IllegalArgumentException(
          "unknown category " + expected.category() + " or " + actual.category());
    }
    row.merge(actual.category(), 1, Integer::sum);
    if (expected.urgency() != null) {
      boolean shouldBe = expected.urgency() == Priority.URGENT;
      urgentExpected += shouldBe ? 1 : 0;
      urgentFound += actual.urgent() ? 1 : 0;
      urgentBoth += shouldBe && actual.urgent() ? 1 : 0;
    }
    if (expected.place() != null) {
      places++;
      placesRight += placeMatches(expected.place(), actual.place()) ? 1 : 0;
    }
  }

  /**
   * Whether the place found is the one expected: the same unit, exactly the candidates, or none.
   */
  public static boolean placeMatches(String expected, PlaceResult actual) {
    if (expected.equals("NONE")) {
      return actual.status() == PlaceResult.Status.NONE;
    }
    Set<String> codes = Set.of(expected.split("\\|"));
    Set<String> found = new HashSet<>();
    actual.unit().ifPresent(u -> found.add(u.code().value()));
    actual.candidates().stream().map(u -> u.code().value()).forEach(found::add);
    PlaceResult.Status status =
        codes.size() == 1 ? PlaceResult.Status.FOUND : PlaceResult.Status.AMBIGUOUS;
    return actual.status() == status && found.equals(codes);
  }

  public int reports() {
    return reports;
  }

  public double accuracy() {
    return ratio(correct, reports);
  }

  public double precision(String category) {
    return ratio(cell(category, category), column(category));
  }

  public double recall(String category) {
    return ratio(cell(category, category), row(category));
  }

  /** The mean F1 over the categories that were expected or given at least once. */
  public double macroF1() {
    List<Double> scores = new ArrayList<>();
    for (String category : seenCategories()) {
      double p = precision(category);
      double r = recall(category);
      scores.add(p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
    return scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  /** The share of reports labelled URGENT that were found urgent; 1 when none was labelled. */
  public double urgentRecall() {
    return urgentExpected == 0 ? 1 : ratio(urgentBoth, urgentExpected);
  }

  /** The share of reports found urgent that were labelled URGENT; 1 when none was found. */
  public double urgentPrecision() {
    return urgentFound == 0 ? 1 : ratio(urgentBoth, urgentFound);
  }

  /**
   * The share of reports with a labelled place whose place was found right; 1 when none was
   * labelled.
   */
  public double placeAccuracy() {
    return places == 0 ? 1 : ratio(placesRight, places);
  }

  /**
   * The figures as an operator reads them, with the confusion matrix (rows expected, columns
   * given).
   */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "reports          %d%n", reports));
    out.append(String.format(Locale.ROOT, "accuracy         %.3f%n", accuracy()));
    out.append(String.format(Locale.ROOT, "macro-F1         %.3f%n", macroF1()));
    out.append(
        String.format(
            Locale.ROOT,
            "URGENT recall    %.3f (%d of %d)%n",
            urgentRecall(),
            urgentBoth,
            urgentExpected));
    out.append(
        String.format(
            Locale.ROOT,
            "URGENT precision %.3f (%d of %d)%n",
            urgentPrecision(),
            urgentBoth,
            urgentFound));
    out.append(
        String.format(
            Locale.ROOT,
            "place accuracy   %.3f (%d of %d)%n%n",
            placeAccuracy(),
            placesRight,
            places));
    out.append(
        String.format(
            Locale.ROOT, "%-22s %9s %9s %9s%n", "category", "precision", "recall", "reports"));
    for (String category : seenCategories()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-22s %9.3f %9.3f %9d%n",
              category,
              precision(category),
              recall(category),
              row(category)));
    }
    out.append("\nconfusion (rows expected, columns given)\n");
    List<String> shown = List.copyOf(seenCategories());
    out.append(String.format(Locale.ROOT, "%-22s", ""));
    for (int c = 0; c < shown.size(); c++) {
      out.append(String.format(Locale.ROOT, " %4s", "c" + (c + 1)));
    }
    out.append('\n');
    for (int r = 0; r < shown.size(); r++) {
      out.append(String.format(Locale.ROOT, "%-22s", "c" + (r + 1) + " " + shown.get(r)));
      for (String column : shown) {
        out.append(String.format(Locale.ROOT, " %4d", cell(shown.get(r), column)));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The categories expected or given at least once, in configuration order. */
  private Set<String> seenCategories() {
    Set<String> seen = new LinkedHashSet<>();
    for (String category : categories) {
      if (row(category) > 0 || column(category) > 0) {
        seen.add(category);
      }
    }
    return seen;
  }

  private int cell(String expected, String actual) {
    return confusion.getOrDefault(expected, Map.of()).getOrDefault(actual, 0);
  }

  private int row(String expected) {
    return confusion.getOrDefault(expected, Map.of()).values().stream()
        .mapToInt(Integer::intValue)
        .sum();
  }

  private int column(String actual) {
    return confusion.values().stream().mapToInt(row -> row.getOrDefault(actual, 0)).sum();
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
