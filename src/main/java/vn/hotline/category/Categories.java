package vn.hotline.category;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The categories of one deployment, in the order of its configuration. */
public final class Categories {
  private final Map<String, Category> byCode = new LinkedHashMap<>();

  public Categories(List<Category> categories) {
    for (Category category : categories) {
      if (byCode.putIfAbsent(category.code(), category) != null) {
        throw new IllegalArgumentException("duplicate category " + category.code());
      }
    }
  }

  public List<Category> all() {
    return List.copyOf(byCode.values());
  }

  public List<String> codes() {
    return List.copyOf(byCode.keySet());
  }

  public Optional<Category> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** The category with this code; for codes that validated configuration guarantees. */
  public Category get(String code) {
    Category category = byCode.get(code);
    if (category == null) {
      throw new IllegalArgumentException("no category " + code);
    }
    return category;
  }

  public Category other() {
    return get(Category.OTHER);
  }
}
