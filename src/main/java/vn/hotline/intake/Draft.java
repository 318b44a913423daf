package vn.hotline.intake;

import java.time.Instant;
import java.util.List;
import vn.hotline.category.Priority;

/**
 * A report not yet filed, because the bot had to ask something first (the commune, the category, a
 * description for a photo).
 *
 * @param origin the update that started it; the ticket filed from it carries this origin
 * @param unitCode the commune chosen so far, or empty
 * @param villageCode the village named, or empty
 * @param category the category chosen so far
 * @param categoryConfirmed whether the citizen chose the category (or the classifier was sure)
 */
public record Draft(
    long origin,
    String text,
    List<String> photos,
    String category,
    boolean categoryConfirmed,
    double confidence,
    Priority priority,
    String unitCode,
    String villageCode,
    Instant startedAt) {

  public Draft {
    text = text == null ? "" : text;
    photos = List.copyOf(photos);
    unitCode = unitCode == null ? "" : unitCode;
    villageCode = villageCode == null ? "" : villageCode;
  }

  boolean hasPlace() {
    return !unitCode.isEmpty();
  }

  /** The most specific unit named: the village if one was, else the commune. */
  String placeOrUnit() {
    return villageCode.isEmpty() ? unitCode : villageCode;
  }

  Draft at(String unit, String village) {
    return new Draft(
        origin,
        text,
        photos,
        category,
        categoryConfirmed,
        confidence,
        priority,
        unit,
        village,
        startedAt);
  }

  Draft as(String newCategory, Priority newPriority) {
    return new Draft(
        origin,
        text,
        photos,
        newCategory,
        true,
        confidence,
        newPriority,
        unitCode,
        villageCode,
        startedAt);
  }

  Draft describedAs(String description) {
    return new Draft(
        origin,
        description,
        photos,
        category,
        categoryConfirmed,
        confidence,
        priority,
        unitCode,
        villageCode,
        startedAt);
  }

  Draft withPhoto(String fileId) {
    List<String> more = new java.util.ArrayList<>(photos);
    more.add(fileId);
    return new Draft(
        origin,
        text,
        more,
        category,
        categoryConfirmed,
        confidence,
        priority,
        unitCode,
        villageCode,
        startedAt);
  }
}
