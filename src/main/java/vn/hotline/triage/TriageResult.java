package vn.hotline.triage;

import java.util.List;
import vn.hotline.category.Priority;

/**
 * What the triage says about one report.
 *
 * @param category the code of the most likely category ({@code OTHER} when nothing is recognised)
 * @param confidence the probability of that category, from 0 to 1
 * @param alternatives the next two categories with their probabilities, most likely first
 * @param urgency {@code URGENT} when the text signals danger to life, otherwise the category's
 *     priority
 * @param evidence the words of the text that decided the category, as the citizen wrote them
 * @param dangerSigns the words that made the report urgent, as written; empty unless urgent
 * @param place where the report is about
 */
public record TriageResult(
    String category,
    double confidence,
    List<Alternative> alternatives,
    Priority urgency,
    List<String> evidence,
    List<String> dangerSigns,
    PlaceResult place) {

  public TriageResult {
    alternatives = List.copyOf(alternatives);
    evidence = List.copyOf(evidence);
    dangerSigns = List.copyOf(dangerSigns);
  }

  /** Whether the citizen must be told at once to call 115. */
  public boolean urgent() {
    return urgency == Priority.URGENT;
  }

  /**
   * A runner-up category.
   *
   * @param category its code
   * @param score its probability, from 0 to 1
   */
  public record Alternative(String category, double score) {}
}
