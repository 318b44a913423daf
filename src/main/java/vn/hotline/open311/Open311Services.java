package vn.hotline.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.hotline.category.Categories;
import vn.hotline.category.Category;
import vn.hotline.messages.Messages;

/**
 * The categories as Open311 services. A help request (intake asks for a phone and an address so
 * that someone can bring help) has those two as attributes, the phone required (the top-level
 * {@code phone} of the request answers it too); other services have none.
 */
final class Open311Services {
  private final Categories categories;
  private final Messages messages;

  Open311Services(Categories categories, Messages messages) {
    this.categories = categories;
    this.messages = messages;
  }

  /** {@code GET services}: every category, in the configuration's order. */
  Open311Document list(Locale locale) {
    List<Map<String, Object>> services =
        categories.all().stream().map(category -> service(category, locale)).toList();
    return new Open311Document.Listing("services", "service", services);
  }

  /** {@code GET services/{code}}: the attributes a service asks for, or empty if unknown. */
  Optional<Open311Document> definition(String code, Locale locale) {
    return categories.find(code).map(category -> definition(category, locale));
  }

  private Map<String, Object> service(Category category, Locale locale) {
    Map<String, Object> fields = new LinkedHashMap<>();
    boolean english = Messages.ENGLISH.getLanguage().equals(locale.getLanguage());
    fields.put("service_code", category.code());
    fields.put("service_name", category.name(locale));
    fields.put("description", english ? category.descriptionEn() : category.descriptionVi());
    fields.put("metadata", category.asksForContact());
    fields.put("type", "realtime");
    fields.put(
        "keywords",
        String.join(
            ",", category.phrases().stream().map(Category.WeightedPhrase::phrase).toList()));
    fields.put("group", group(category, locale));
    return fields;
  }

  private String group(Category category, Locale locale) {
    return messages.text(
        locale, category.asksForContact() ? "open311.group.help" : "open311.group.report");
  }

  private Open311Document definition(Category category, Locale locale) {
    List<Map<String, Object>> attributes =
        category.asksForContact()
            ? List.of(
                attribute("phone", 1, true, "web.ticket.phone", "open311.attribute.phone", locale),
                attribute(
                    "address", 2, false, "web.ticket.address", "open311.attribute.address", locale))
            : List.of();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("service_code", category.code());
    fields.put("attributes", new Open311Document.Items("attribute", attributes));
    return new Open311Document.Single("service_definition", fields);
  }

  /** A text the citizen gives, described with the bot's own question. */
  private Map<String, Object> attribute(
      String code,
      int order,
      boolean required,
      String labelKey,
      String questionKey,
      Locale locale) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("variable", true);
    fields.put("code", code);
    fields.put("datatype", "string");
    fields.put("required", required);
    fields.put("datatype_description", messages.text(locale, questionKey));
    fields.put("order", order);
    fields.put("description", messages.text(locale, labelKey));
    return fields;
  }
}
