package vn.hotline.config;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.hotline.category.Categories;
import vn.hotline.sla.SlaPolicy;
import vn.hotline.unit.UnitTree;

/**
 * Everything {@code bot-config/} describes about a deployment, read and validated as a whole.
 *
 * @param dir the directory it was read from (the triage corpus and boundaries live there too)
 */
public record BotConfig(
    Path dir, UnitTree units, Categories categories, SlaPolicy sla, Messages messages) {

  /**
   * Reads and validates the directory, or throws a {@link ConfigException} naming the first
   * problem.
   */
  public static BotConfig load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ConfigException(dir + ": bot-config directory not found (set BOT_CONFIG_DIR)");
    }
    UnitTree units = UnitsFile.read(dir);
    Categories categories = CategoriesFile.read(dir);
    SlaPolicy sla = SlaFile.read(dir, categories);
    Messages messages = Messages.read(dir);
    return new BotConfig(dir, units, categories, sla, messages);
  }
}
