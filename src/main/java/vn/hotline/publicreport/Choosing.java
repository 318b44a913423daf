package vn.hotline.publicreport;

import java.util.List;
import vn.hotline.intake.DirectAssessment.Choice;

/**
 * A choice page: the report is not filed yet, and the citizen answers what triage could not settle.
 *
 * @param form the report so far, sent back in hidden fields
 * @param field the form field each choice's button sends: {@code place} or {@code category}
 * @param question the question, in the bot's words
 * @param typesPlace whether the citizen types the commune (or uses the location button) instead of
 *     choosing: no place was found to offer
 */
public record Choosing(
    ReportForm form, String field, String question, List<Choice> choices, boolean typesPlace) {

  public Choosing {
    choices = List.copyOf(choices);
  }
}
