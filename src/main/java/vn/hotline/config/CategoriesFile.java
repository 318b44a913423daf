package vn.hotline.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hotline.category.Categories;
import vn.hotline.category.Category;
import vn.hotline.category.Priority;
import vn.hotline.category.Routing;

/**
 * Reads {@code categories.yml}: the kinds of report, their names, priorities, routing and phrases.
 */
final class CategoriesFile {
  static final String NAME = "categories.yml";

  private CategoriesFile() {}

  static Categories read(Path dir) {
    ConfigNode root = ConfigNode.read(dir.resolve(NAME), NAME);
    List<Category> categories = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ConfigNode entry : root.required("categories").items()) {
      Category category = category(entry);
      if (!seen.add(category.code())) {
        throw entry.problem("category " + category.code() + " appears twice");
      }
      categories.add(category);
    }
    if (!seen.contains(Category.OTHER)) {
      throw root.problem(
          "there must be a category " + Category.OTHER + " for reports that fit nowhere else");
    }
    return new Categories(categories);
  }

  private static Category category(ConfigNode entry) {
    String code = entry.text("code");
    if (!code.matches("[A-Z][A-Z_]{1,39}")) {
      throw entry.problem("category code " + code + " must be capital letters and underscores");
    }
    return new Category(
        code,
        entry.text("name_vi"),
        entry.text("name_en"),
        entry.optionalText("description_vi").orElse(""),
        entry.optionalText("description_en").orElse(""),
        entry.choice("priority", Priority.class),
        entry.optional("routing").isPresent()
            ? entry.choice("routing", Routing.class)
            : Routing.SAME_UNIT,
        entry.flag("asks_for_contact", false),
        phrases(entry));
  }

  private static List<Category.WeightedPhrase> phrases(ConfigNode entry) {
    List<Category.WeightedPhrase> phrases = new ArrayList<>();
    if (entry.optional("phrases").isEmpty()) {
      return phrases;
    }
    for (Map.Entry<String, ConfigNode> phrase : entry.required("phrases").entries().entrySet()) {
      double weight = phrase.getValue().number();
      if (!(weight > 0 && weight <= 10)) {
        throw phrase
            .getValue()
            .problem("phrase '" + phrase.getKey() + "' needs a weight above 0 and at most 10");
      }
      phrases.add(new Category.WeightedPhrase(phrase.getKey(), weight));
    }
    return phrases;
  }
}
