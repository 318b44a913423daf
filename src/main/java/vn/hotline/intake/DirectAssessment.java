package vn.hotline.intake;

import java.util.List;
import vn.hotline.category.Priority;
import vn.hotline.unit.Unit;

/** What triage made of a {@link DirectReport}: ready to file, or a choice the citizen must make. */
public sealed interface DirectAssessment {

  /** Whether the report reads as urgent: the 115 advice comes first in any answer. */
  boolean urgent();

  /**
   * Everything known: the report can be filed.
   *
   * @param queue the unit whose queue it joins
   * @param place the unit it is about (the queue's unit when the place is not settled)
   * @param note the filing entry's note: the candidates when the place is not settled
   * @param placeSettled whether the place is known to the commune (else officers settle it)
   */
  record Ready(
      DirectReport report,
      String category,
      Priority priority,
      double confidence,
      boolean urgent,
      Unit queue,
      Unit place,
      String note,
      boolean placeSettled)
      implements DirectAssessment {}

  /**
   * The place is not known to the commune: choose one of {@code choices}, or, when there are none,
   * say where.
   *
   * @param within the district or province the report names, for {@link Why#WHICH_COMMUNE}
   */
  record ChoosePlace(Why why, String within, List<Choice> choices) implements DirectAssessment {
    public ChoosePlace {
      choices = List.copyOf(choices);
    }

    @Override
    public boolean urgent() {
      return false;
    }
  }

  /** Triage is unsure of the kind of report: choose one of {@code choices} (the last: other). */
  record ChooseCategory(List<Choice> choices) implements DirectAssessment {
    public ChooseCategory {
      choices = List.copyOf(choices);
    }

    @Override
    public boolean urgent() {
      return false;
    }
  }

  /** Why a place is asked. */
  enum Why {
    /** The name fits communes in several districts. */
    AMBIGUOUS,
    /** Only a district (or the province) was named. */
    WHICH_COMMUNE,
    /** No place was named or shared. */
    NONE
  }

  /**
   * One option: a unit code or category code, and how it reads.
   *
   * @param value what is sent back when chosen
   * @param label what the citizen reads
   */
  record Choice(String value, String label) {}
}
