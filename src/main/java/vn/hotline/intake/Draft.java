package vn.hotline.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.hotline.category.Priority;
import vn.hotline.unit.UnitCode;

/**
 * A report not yet settled, because the bot had to ask something first (the commune, the category,
 * a description for a photo). A draft the citizen leaves unsettled is filed anyway when it falls
 * due ({@link DraftSweeper}), and stays here, marked as filed, so that a later answer still
 * corrects the ticket.
 *
 * @param origin the update that started it; the ticket filed from it carries this origin
 * @param unitCode the commune chosen so far, or {@code null}
 * @param villageCode the village named, or {@code null}
 * @param category the category chosen so far
 * @param categoryConfirmed whether the citizen chose the category (or the classifier was sure)
 * @param candidates the unit codes offered to the citizen as the place, or none
 * @param dueAt when it is filed if the citizen has not settled it, or {@code null} when nothing is
 *     due (being described, or filed already)
 * @param filedAs the code of the ticket filed from it while it was unsettled, or empty
 */
public record Draft(
    long origin,
    String text,
    List<String> photos,
    String category,
    boolean categoryConfirmed,
    double confidence,
    Priority priority,
    UnitCode unitCode,
    UnitCode villageCode,
    Instant startedAt,
    List<UnitCode> candidates,
    Instant dueAt,
    String filedAs) {

  public Draft {
    text = text == null ? "" : text;
    photos = List.copyOf(photos);
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
    filedAs = filedAs == null ? "" : filedAs;
  }

  /** A draft just started: nothing offered, nothing due, nothing filed. */
  static Draft started(
      long origin,
      String text,
      List<String> photos,
      String category,
      boolean categoryConfirmed,
      double confidence,
      Priority priority,
      Instant startedAt) {
    return new Draft(
        origin,
        text,
        photos,
        category,
        categoryConfirmed,
        confidence,
        priority,
        null,
        null,
        startedAt,
        List.of(),
        null,
        "");
  }

  boolean hasPlace() {
    return unitCode != null;
  }

  boolean isFiled() {
    return !filedAs.isEmpty();
  }

  /** The most specific unit named: the village if one was, else the commune. */
  UnitCode placeOrUnit() {
    return villageCode == null ? unitCode : villageCode;
  }

  Draft at(UnitCode unit, UnitCode village) {
    return copy(unit, village, category, categoryConfirmed, priority, photos, candidates, dueAt);
  }

  Draft as(String newCategory, Priority newPriority) {
    return copy(unitCode, villageCode, newCategory, true, newPriority, photos, candidates, dueAt);
  }

  Draft withPhoto(String fileId) {
    List<String> more = new ArrayList<>(photos);
    more.add(fileId);
    return copy(
        unitCode, villageCode, category, categoryConfirmed, priority, more, candidates, dueAt);
  }

  /** This draft with the places offered to the citizen. */
  Draft offering(List<UnitCode> unitCodes) {
    return copy(
        unitCode, villageCode, category, categoryConfirmed, priority, photos, unitCodes, dueAt);
  }

  /** This draft, to be filed at {@code at} unless settled first; a draft filed already is not. */
  Draft dueBy(Instant at) {
    Instant due = isFiled() ? null : dueAt == null ? at : dueAt;
    return copy(
        unitCode, villageCode, category, categoryConfirmed, priority, photos, candidates, due);
  }

  /** This draft, filed as the ticket {@code code} while still open to the citizen's choice. */
  Draft filedAs(String code) {
    return new Draft(
        origin,
        text,
        photos,
        category,
        categoryConfirmed,
        confidence,
        priority,
        unitCode,
        villageCode,
        startedAt,
        candidates,
        null,
        code);
  }

  private Draft copy(
      UnitCode unit,
      UnitCode village,
      String newCategory,
      boolean confirmed,
      Priority newPriority,
      List<String> newPhotos,
      List<UnitCode> offered,
      Instant due) {
    return new Draft(
        origin,
        text,
        newPhotos,
        newCategory,
        confirmed,
        confidence,
        newPriority,
        unit,
        village,
        startedAt,
        offered,
        due,
        filedAs);
  }
}
