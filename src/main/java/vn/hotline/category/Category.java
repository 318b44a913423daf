package vn.hotline.category;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A kind of report, and the routing data that goes with it.
 *
 * @param code the stable code, e.g. {@code SPONTANEOUS_MARKET}
 * @param nameVi the Vietnamese name citizens and officers see
 * @param nameEn the English name
 * @param descriptionVi what the category covers, in Vietnamese
 * @param descriptionEn what the category covers, in English
 * @param priority the default priority of its tickets (a danger to life makes any ticket urgent)
 * @param routing which unit's queue its tickets join
 * @param asksForContact whether intake asks for a phone number and address (someone brings help)
 * @param phrases weighted phrases that signal the category, for the classifier
 */
public record Category(
    String code,
    String nameVi,
    String nameEn,
    String descriptionVi,
    String descriptionEn,
    Priority priority,
    Routing routing,
    boolean asksForContact,
    List<WeightedPhrase> phrases) {

  /** The code of the category every deployment must have, for whatever fits nowhere else. */
  public static final String OTHER = "OTHER";

  public Category {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(routing, "routing");
    phrases = List.copyOf(phrases);
  }

  /** The name in the given language ({@code en} for English, Vietnamese otherwise). */
  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
  }

  /** A phrase and how strongly it points to its category. */
  public record WeightedPhrase(String phrase, double weight) {}
}
